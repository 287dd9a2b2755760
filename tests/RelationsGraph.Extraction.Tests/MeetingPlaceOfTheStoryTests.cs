namespace RelationsGraph.Extraction.Tests;

/// <summary>Where the story's meetings are held: not where an earlier or later trip of the same people went.</summary>
public class MeetingPlaceOfTheStoryTests
{
    [Fact]
    public void AnEarlierMonthsVisitDoesNotPlaceTheUndatedTalksOfTheStory()
    {
        var d = TestArticles.Extract("""
            date 2025-06-14 Uruguayan President Yamandú Orsi arrived in Santiago on Saturday.
            In February, Orsi paid a state visit to Argentina, his first trip abroad as president.
            Orsi also met Chilean Foreign Minister Alberto van Klaveren to discuss port investment.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:alberto-van-klaveren", m.Id));
        Assert.False(d.Has("HELD_IN", talks.Id, "country:ar"), d.Dump());
    }
}
