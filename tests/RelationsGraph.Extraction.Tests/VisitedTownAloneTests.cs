using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A visit to a country told with the one town of that country it goes to is held in that town alone: the country gives way
/// (see VisitedTownAlone). The towns are invented and made known to the knowledge base for the test only.
/// </summary>
public class VisitedTownAloneTests
{
    private const string Places = "Varnholm|NO|\nSkellvik|NO|\n";

    private static ExtractionDocument ExtractKnowingTheTowns(string text) => TestArticles.ExtractKnowingOnly("places.txt", Places, text);

    [Fact]
    public void AStateVisitWithTalksInOneTownIsHeldInThatTownNotTheCountry()
    {
        var d = ExtractKnowingTheTowns("""
            date 2023-03-02

            President Aurel Mikosz will pay a state visit to Norway next month and hold talks with Prime Minister Ilse Brandvik in Varnholm.
            """);
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("HELD_IN", visit.Id, "place:varnholm"), d.Dump());
        Assert.False(d.Has("HELD_IN", visit.Id, "country:no"), d.Dump());
    }

    [Fact]
    public void AVisitFlownToATownKeepsTheTownAlone()
    {
        var d = ExtractKnowingTheTowns("""
            date 2023-03-02

            On Thursday the chancellor flies on to Skellvik for talks with Prime Minister Ilse Brandvik, her first visit to Norway since taking office.
            """);
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("HELD_IN", visit.Id, "place:skellvik"), d.Dump());
        Assert.False(d.Has("HELD_IN", visit.Id, "country:no"), d.Dump());
    }
}
