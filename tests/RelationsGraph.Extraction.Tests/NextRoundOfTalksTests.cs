namespace RelationsGraph.Extraction.Tests;

/// <summary>"The next round" of talks with no one, no date and no venue is the process going on, not a meeting yet.</summary>
public class NextRoundOfTalksTests
{
    [Fact]
    public void ABareNextRoundOfTalksIsNoMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-02-14 Foreign Minister Aino Kallberg of Estonia and Foreign Minister Rasmus Ovesen of Denmark held talks in Tallinn on Wednesday on fishing quotas.
            The next round is expected later in the year, a spokesman said.
            """);
        var meeting = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("held", meeting.Status);
        Assert.True(d.Has("ATTENDED", "person:aino-kallberg", meeting.Id), d.Dump());
    }

    [Fact]
    public void ANextRoundWithAVenueIsStillAPlannedMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-02-14 Foreign Minister Aino Kallberg of Estonia and Foreign Minister Rasmus Ovesen of Denmark held talks in Tallinn on Wednesday on fishing quotas.
            The next round will be held in Copenhagen, a spokesman said.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned" && d.Has("HELD_IN", m.Id, "place:copenhagen"));
    }

    [Fact]
    public void TheNextSummitWithNoOneYetIsKept()
    {
        var d = TestArticles.Extract("""
            date 2023-05-10 President Halima Tembo and President Joseph Mwale met in Lusaka on Wednesday for their annual summit.
            Malawi will host the next summit, the communique said.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned");
    }
}
