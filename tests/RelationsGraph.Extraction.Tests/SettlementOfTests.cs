namespace RelationsGraph.Extraction.Tests;

/// <summary>A settlement noun and "of" introduce a little-known place: "the border village of Korvani", "the resort of Talmena".</summary>
public class SettlementOfTests
{
    [Fact]
    public void AnUnknownVillageIntroducedByItsKindIsAPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao met Nigerien President Moussa Dandi on Monday in the border village of Korvani.
            """);
        var korvani = Assert.Single(d.OfType("Place"), p => p.Name == "Korvani");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, korvani.Id), d.Dump());
    }

    [Fact]
    public void AResortAndAnIslandIntroducedTheSameWayArePlaces()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            The ceasefire was first agreed last year in the lakeside resort of Talmena, and monitors later flew to the island of Orsava.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Talmena");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Orsava");
    }
}
