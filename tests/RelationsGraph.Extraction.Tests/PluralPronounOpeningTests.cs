namespace RelationsGraph.Extraction.Tests;

/// <summary>A sentence opening with "They" continues the pair of subjects the previous sentence opened with.</summary>
public class PluralPronounOpeningTests
{
    [Fact]
    public void TheyAfterAPairJoinedByAndHoldsTalksAsBoth()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14

            Velmoran President Aris Koldan and Tarsian Prime Minister Ilse Varn toured a glassworks on Monday.
            The next day they held talks in Pellow.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, "place:pellow")).ToList();
        Assert.Contains(talks, m => d.Has("ATTENDED", "person:aris-koldan", m.Id) && d.Has("ATTENDED", "person:ilse-varn", m.Id));
    }

    [Fact]
    public void TheyAfterOneMeetingTheOtherMeetsAgainAsBoth()
    {
        var d = TestArticles.Extract("""
            date 2019-02-05

            Tarsian Foreign Minister Oda Prell met Velmoran Foreign Minister Joss Arkin at a bakers' fair on Tuesday.
            In March of that year they held talks in Kelby.
            """);
        var talks = d.OfType("Meeting").Where(m => d.Has("HELD_IN", m.Id, "place:kelby")).ToList();
        Assert.Contains(talks, m => d.Has("ATTENDED", "person:oda-prell", m.Id) && d.Has("ATTENDED", "person:joss-arkin", m.Id));
    }

    [Fact]
    public void TheyOpeningANewSectionIsNotThePair()
    {
        var d = TestArticles.Extract("""
            date 2021-06-14

            Velmoran President Aris Koldan and Tarsian Prime Minister Ilse Varn toured the harbour of Pellow on Monday.

            Fishing crews from the coast gathered outside.

            They signed the Pellow Fisheries Accord.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.From == "person:aris-koldan");
    }
}
