namespace RelationsGraph.Extraction.Tests;

/// <summary>Who is at a meeting and when it was, when the sentence names them far from the meeting noun.</summary>
public class MeetingClauseTests
{
    [Fact]
    public void DuringTalksBelongsToTheSentenceSubject()
    {
        var d = TestArticles.Extract("""
            date 2024-07-26
            Norwegian Foreign Minister Espen Barth Eide and his Danish counterpart Lars Lokke Rasmussen agreed Friday to keep in close contact on a long list of fishing, energy and shipping disputes, including Oslo's quota on North Sea cod, during talks in Bergen.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("ATTENDED", "person:espen-barth-eide", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:lars-lokke-rasmussen", talks.Id), d.Dump());
    }

    [Fact]
    public void WhenClauseAfterADateTellsWhatHappenedThen()
    {
        var d = TestArticles.Extract("""
            date 2024-08-18
            The thaw began in March last year, when Norwegian Prime Minister Jonas Gahr Store flew to Copenhagen for a summit with Danish Prime Minister Mette Frederiksen.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("2023-03", summit.Date);
    }
}
