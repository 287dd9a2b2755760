namespace RelationsGraph.Extraction.Tests;

/// <summary>"there" right after a meeting's words points back at the place just named.</summary>
public class ThereAfterTheMeetingTests
{
    [Fact]
    public void ThereAfterTheTalksTakesThePlaceOfThePreviousSentence()
    {
        var d = TestArticles.Extract("""
            date 2022-03-20

            Prime Minister Daudi Okello's tour of the region took him on Thursday to Kigoma, the largest port on the lake.
            On Friday he held talks there with President Halvard Mbeko about the new ferry line.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:kigoma"));
    }

    [Fact]
    public void ThereAfterAPassiveSigningTakesThePlaceNamedEarlierInTheSentence()
    {
        var d = TestArticles.Extract("""
            date 1985-05-02

            Delegates who gathered in Arusha in 1961 remember the border protocol that was signed there on 14 May by Prime Minister Daudi Okello and President Halvard Mbeko.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:arusha"));
    }
}
