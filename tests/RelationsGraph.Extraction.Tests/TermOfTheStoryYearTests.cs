using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A known person who held offices of two states is, in a dated story, the holder of the office of the story's year when the
/// office listed first began later (TermOfTheStoryYear).
/// </summary>
public class TermOfTheStoryYearTests
{
    private const string Officeholders =
        "Anselm Korvath|HU|President|2040-2046|\nAnselm Korvath|AT|Foreign Minister|2030-2035|\n";

    private static ExtractionDocument Extract(string text) => TestArticles.ExtractKnowing(Officeholders, text);

    [Fact]
    public void AnOfficeTakenAfterTheStoryIsNotTheOneItMeans()
    {
        var d = Extract("date 2032-04-10 Anselm Korvath arrived in Lisbon on Friday for talks on river trade between Austria and Hungary.");
        Assert.True(d.Has("REPRESENTS", "person:anselm-korvath", "country:at"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:anselm-korvath", "country:hu"), d.Dump());
    }

    [Fact]
    public void AnUndatedStoryKeepsTheOfficeListedFirst()
    {
        var d = Extract("Anselm Korvath arrived in Lisbon on Friday for talks on river trade between Austria and Hungary.");
        Assert.True(d.Has("REPRESENTS", "person:anselm-korvath", "country:hu"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:anselm-korvath", "country:at"), d.Dump());
    }
}
