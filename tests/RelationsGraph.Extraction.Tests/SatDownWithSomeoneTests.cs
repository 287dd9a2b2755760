namespace RelationsGraph.Extraction.Tests;

/// <summary>"X sat down with Y", "X and Y sat down together": a meeting of those people.</summary>
public class SatDownWithSomeoneTests
{
    [Fact]
    public void SatDownWithATitledPersonIsAMeeting()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            Prime Minister Lotte Ardane of Calderia sat down with the Orvanian president, Tomas Valdrin, on Friday evening.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:lotte-ardane", m.Id) && d.Has("ATTENDED", "person:tomas-valdrin", m.Id));
    }

    [Fact]
    public void SatDownTogetherIsAMeetingOfBoth()
    {
        var d = TestArticles.Extract("""
            date 2031-10-04

            President Tomas Valdrin of Orvania and Prime Minister Lotte Ardane of Calderia sat down together on Friday evening.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:lotte-ardane", m.Id) && d.Has("ATTENDED", "person:tomas-valdrin", m.Id));
    }
}
