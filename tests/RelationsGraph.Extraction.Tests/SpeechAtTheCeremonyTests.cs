namespace RelationsGraph.Extraction.Tests;

/// <summary>"In his speech at the ceremony, X ..." after a signing: the speech is a part of that signing, not an occasion of its own.</summary>
public class SpeechAtTheCeremonyTests
{
    [Fact]
    public void ASpeechAtTheCeremonyIsPartOfTheSigningTold()
    {
        var d = TestArticles.Extract("""
            date 2024-03-10 Estonia's President Maret Kallusaar and Portugal's Prime Minister Rui Tavolho signed a fisheries accord at the Kestomaa Palace on Saturday.
            The accord opens the northern banks to boats of both fleets for ten years.
            Tavolho was keen to stress the value of cooperation in his speech at the ceremony on Saturday.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:rui-tavolho", signing.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:maret-kallusaar", signing.Id), d.Dump());
    }

    [Fact]
    public void AnAddressForAnUntoldSigningCeremonyIsThatSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-06-05 Twenty states of the region signed a treaty on river navigation on Tuesday.
            President Kofi Marandu of Ghana, the host, gave the opening address to ministers and envoys gathered for the signing ceremony.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:kofi-marandu", signing.Id), d.Dump());
        Assert.True(d.Has("PRODUCED", signing.Id, treaty.Id), d.Dump());
    }
}
