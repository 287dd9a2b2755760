namespace RelationsGraph.Extraction.Tests;

/// <summary>A business forum during a state visit is an event of its own, not the visit itself.</summary>
public class ForumWithinVisitTests
{
    [Fact]
    public void ABusinessForumOnAVisitIsItsOwnGathering()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Nigerian President Bola Tinubu began a state visit to Brazil on Monday.
            Tinubu addressed a business forum with Brazilian business leaders.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.Kind == "conference" && d.Has("ATTENDED", "person:bola-tinubu", m.Id));
        Assert.Contains(meetings, m => m.Kind == "visit" && d.Has("ATTENDED", "person:bola-tinubu", m.Id));
    }
}
