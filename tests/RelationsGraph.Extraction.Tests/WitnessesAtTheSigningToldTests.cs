namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Witnesses of a signing are at that signing: "A, who hosted the ceremony, B and C signed beneath them as witnesses" after
/// the parties signed (pattern: the definite ceremony in a person's clause points back to the signing told).
/// </summary>
public class WitnessesAtTheSigningToldTests
{
    [Fact]
    public void HostAndWitnessesJoinTheSigningTold()
    {
        var d = TestArticles.Extract("""
            date 2021-03-07 Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe signed a border treaty late on Saturday.

            Beninese President Patrice Talon, who hosted the ceremony, Liberian President George Weah and Ivorian President Alassane Ouattara signed underneath as witnesses.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        foreach (var p in new[] { "person:nana-akufo-addo", "person:faure-gnassingbe", "person:patrice-talon", "person:george-weah", "person:alassane-ouattara" })
            Assert.True(d.Has("ATTENDED", p, meeting.Id), p + "\n" + d.Dump());
    }
}
