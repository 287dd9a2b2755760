namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A plan told after the account of a held gathering and placed where that account never is ("agreed to meet again in X") is the
/// follow-up meeting: its place is not the held gathering's, and it stands as a planned meeting of its own.
/// </summary>
public class FollowUpPlanPlaceTests
{
    [Fact]
    public void MeetingAgainElsewhereIsAFollowUpNotThePlaceOfTheTalks()
    {
        var d = TestArticles.Extract("""
            Peruvian Foreign Minister Luis Vega and Chilean Foreign Minister Ana Torres held talks on Friday on fishing rights. The two ministers agreed to meet again in Arica to review progress.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.True(d.Has("ATTENDED", "person:luis-vega", talks.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", talks.Id, "place:arica"), d.Dump());
        var plan = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.True(d.Has("HELD_IN", plan.Id, "place:arica"), d.Dump());
    }

    // The account's own place stays: a plan for the same town is told by the account too.
    [Fact]
    public void APlanForTheTownOfTheTalksKeepsIt()
    {
        var d = TestArticles.Extract("""
            Peruvian Foreign Minister Luis Vega and Chilean Foreign Minister Ana Torres held talks in Arica on Friday on fishing rights. The two ministers agreed to meet again in Arica to review progress.
            """);
        var talks = d.OfType("Meeting").First(m => m.Status == "held");
        Assert.True(d.Has("HELD_IN", talks.Id, "place:arica"), d.Dump());
    }
}
