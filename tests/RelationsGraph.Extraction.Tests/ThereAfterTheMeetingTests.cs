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
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:kigoma") && d.Has("ATTENDED", "person:halvard-mbeko", m.Id));
    }

    [Fact]
    public void ThereAfterARecalledSigningTakesThePlaceOfThePreviousSentence()
    {
        var d = TestArticles.Extract("""
            date 1985-05-02

            In May 1961 the two governments sent their delegations to Arusha.
            The border protocol was signed there on 14 May 1961 by Prime Minister Daudi Okello and President Halvard Mbeko.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:arusha"));
    }

    [Fact]
    public void ThereAfterTheTalksTakesThePlaceTheTravellerCameFrom()
    {
        var d = TestArticles.Extract("""
            date 2022-03-20

            President Halvard Mbeko, who flew in from Kigoma after talks there with Prime Minister Daudi Okello, opened the new ferry terminal on Sunday.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:kigoma"));
    }
}
