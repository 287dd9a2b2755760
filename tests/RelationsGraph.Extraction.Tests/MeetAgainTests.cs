namespace RelationsGraph.Extraction.Tests;

/// <summary>"The two will meet again in X": a further encounter still to come, never more of the one the story reports.</summary>
public class MeetAgainTests
{
    [Fact]
    public void MeetingAgainInAnotherTownIsAPlanOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Foreign Minister Tarek Ammoun of Lebanon and Foreign Minister Lamia Zureik of Jordan held talks in Amman on Wednesday.
            The two ministers agreed to meet again in Beirut before the end of the year.
            """);
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.Equal("2024-06-12", held.Date);
        Assert.False(d.Has("HELD_IN", held.Id, "place:beirut"), d.Dump());
        var planned = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.True(d.Has("HELD_IN", planned.Id, "place:beirut"), d.Dump());
    }

    [Fact]
    public void ThePairThatMeetsAgainAttendsThePlan()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 President Halima Farah and President Joseph Mwale held talks in Lilongwe on Wednesday.
            The two leaders will meet again soon to review the lake railway project.
            """);
        // Undated and unplaced, the plan is still apart from the talks held: "again" counts on from them.
        var held = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.Equal("2024-06-12", held.Date);
        var planned = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.True(d.Has("ATTENDED", "person:halima-farah", planned.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:joseph-mwale", planned.Id), d.Dump());
    }

    [Fact]
    public void MeetingAgainInAHeadlineIsNoGatheringOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Envoys to meet again next month
            President Halima Farah and President Joseph Mwale held talks in Lilongwe on Wednesday.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "planned");
    }

    [Fact]
    public void MetAgainIsAPastEncounterNotAPlan()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 President Halima Farah and President Joseph Mwale held talks in Lilongwe on Wednesday.
            They met again on Thursday morning at the lakeside lodge.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "planned");
    }
}
