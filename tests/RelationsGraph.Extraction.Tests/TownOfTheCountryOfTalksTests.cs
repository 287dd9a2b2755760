namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Talks that take a country from a visit phrase of another sentence are held in the one town of that country told with
/// them (the country gives way); talks whose own sentence names the country keep it.
/// </summary>
public class TownOfTheCountryOfTalksTests
{
    [Fact]
    public void TalksAfterAVisitPhraseAreHeldInTheTownOfTheVisitedCountry()
    {
        var d = TestArticles.Extract("""
            date 2023-03-14

            The two governments on Monday signed a trade pact at a ceremony in Brasilia during Chancellor Ilse Varnholt's first official visit to Brazil since taking office in May.
            Varnholt and her Brazilian counterpart Marcos Teodoro signed the document after about two hours of talks.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:brasilia"), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "country:br"), d.Dump());
    }

    [Fact]
    public void TalksWhoseOwnSentenceNamesTheCountryKeepTheCountry()
    {
        var d = TestArticles.Extract("""
            date 2023-03-14

            Chancellor Ilse Varnholt made her first official visit to Brazil since taking office on Monday and signed a trade pact at a ceremony in Brasilia.
            Varnholt and her Brazilian counterpart Marcos Teodoro held talks in Brazil for a second time in December.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "country:br"), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "place:brasilia"), d.Dump());
    }
}
