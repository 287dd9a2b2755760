namespace RelationsGraph.Extraction.Tests;

/// <summary>Bodies of the past and long-standing movements of wars and peace talks are known by name ("the League of Nations", "UNITA").</summary>
public class HistoricalBodiesAndMovementsTests
{
    [Fact]
    public void TheLeagueOfNationsIsABody()
    {
        var d = TestArticles.Extract("date 1932-06-02 The dispute over the Orvel valley was referred to the League of Nations by the envoy Piet Marrow.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "League of Nations");
    }

    [Fact]
    public void AMovementKnownByItsAcronymIsABody()
    {
        var d = TestArticles.Extract("date 1994-06-02 Negotiators for UNITA walked out of the talks in Kessam late on Friday.");
        Assert.Contains(d.OfType("Organization"), o => o.Aliases.Contains("UNITA"));
    }
}
