namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A place told inside the words a speaker reports, after a speech verb that follows the meeting reference, belongs to what is
/// reported, not to the meeting (pattern: the scope of reported speech); an aside ("the talks, aides said, will be held in X")
/// and a relative clause on the meeting keep their place.
/// </summary>
public class ReportedContentPlaceTests
{
    [Fact]
    public void APlaceInsideReportedWordsIsNotTheMeetings()
    {
        var d = TestArticles.Extract("""
            date 2024-05-08 Moldovan Foreign Minister Ilie Rusu, speaking after talks with Latvian Foreign Minister Karlis Berzins, said the accord would calm fears in Estonia about the grain route.
            """);
        var talks = d.OfType("Meeting").Single();
        Assert.True(d.Has("ATTENDED", "person:karlis-berzins", talks.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "country:ee"), d.Dump());
    }

    [Fact]
    public void AnAsideBetweenCommasKeepsThePlace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-08 The talks between Ilie Rusu and Karlis Berzins, aides said, will be held in Tallinn next month.
            """);
        var talks = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", talks.Id, "place:tallinn"), d.Dump());
    }

    [Fact]
    public void ARelativeClauseOnTheMeetingKeepsThePlace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-08 Ilie Rusu and Karlis Berzins agreed on a second round of talks, which aides said would open in Tallinn in June.
            """);
        var talks = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", talks.Id, "place:tallinn"), d.Dump());
    }
}
