namespace RelationsGraph.Extraction.Tests;

/// <summary>"Palestinian factions": a disputed state's adjective alone names a people, not a state that is a side (PeopleOfADisputedState).</summary>
public class PeopleOfADisputedStateTests
{
    [Fact]
    public void TheAdjectiveAloneKeepsNoState()
    {
        var d = TestArticles.Extract("""
            Rival factions agree on unity council

            date 2019-03-14 CAIRO - Rival Palestinian factions agreed on Thursday to form a joint council, Palestinian negotiator Karim Haddadin told reporters when a two-day round under Egyptian Foreign Minister Omar Sennari ended.
            """);
        Assert.DoesNotContain(d.OfType("Country"), c => c.Id == "country:ps");
        Assert.True(d.Has("REPRESENTS", "person:omar-sennari", "country:eg"), d.Dump());
    }

    [Fact]
    public void TheStateNamedAsAStateIsKept()
    {
        var d = TestArticles.Extract("""
            Envoys meet over recognition

            date 2019-03-14 CAIRO - Palestinian Foreign Minister Karim Haddadin said on Thursday that the State of Palestine would ask for full membership, after talks with Egyptian Foreign Minister Omar Sennari.
            """);
        Assert.Single(d.OfType("Country"), c => c.Id == "country:ps");
        Assert.True(d.Has("REPRESENTS", "person:karim-haddadin", "country:ps"), d.Dump());
    }
}
