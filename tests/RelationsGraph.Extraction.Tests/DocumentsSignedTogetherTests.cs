namespace RelationsGraph.Extraction.Tests;

/// <summary>Documents one signing verb takes as coordinated objects share their signers.</summary>
public class DocumentsSignedTogetherTests
{
    private const string Summit = """
        Kalahari leaders meet

        date 2024-03-02 GABORONE - Botswana's President Duma Boko, Namibian President Nangolo Mbumba and Zambian President Hakainde Hichilema met in Gaborone on Saturday for the Kalahari summit.

        """;

    [Fact]
    public void ADocumentCoordinatedWithTheObjectGetsItsSigners()
    {
        var d = TestArticles.Extract(Summit + """
            At the summit the leaders signed the Kalahari Declaration, together with the Kalahari Plan of Action.
            """);
        var plan = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Plan"));
        foreach (var person in new[] { "person:duma-boko", "person:nangolo-mbumba", "person:hakainde-hichilema" })
            Assert.True(d.Has("SIGNED", person, plan.Id), person + "\n" + d.Dump());
    }

    [Fact]
    public void ADocumentWhoseSigningWasOnlyWatchedSharesNothing()
    {
        var d = TestArticles.Extract(Summit + """
            At the summit the leaders signed the Kalahari Declaration and witnessed the signing of the Kalahari Rail Protocol by their transport ministers.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Protocol"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.To == protocol.Id);
    }
}
