namespace RelationsGraph.Extraction.Tests;

/// <summary>"In May 2005 the city had also hosted the summit": a definite summit dated years before the story is not the story's summit.</summary>
public class DefiniteSummitOfAnEarlierYearTests
{
    [Fact]
    public void TheSummitHeldYearsAgoDoesNotDateOrJoinTheStorysSummit()
    {
        var d = TestArticles.Extract("""
            date 2018-11-04 African Union leaders gathered in Tarvik for an extraordinary summit.
            President Ona Belk of Ostria and President Jarel Moss of Tessaly attended the African Union summit.
            The gathering was the first in Tarvik for many years.
            In May 2005 the city had also hosted the summit, a calmer one.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ona-belk", m.Id));
        Assert.False(summit.Date?.StartsWith("2005") ?? false, d.Dump());
    }
}
