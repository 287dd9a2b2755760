namespace RelationsGraph.Extraction.Tests;

/// <summary>Those who lead or make up a delegation are at the gathering under discussion.</summary>
public class DelegationAttendanceTests
{
    [Fact]
    public void TheHeadAndMembersOfADelegationAttend()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            The Armenian delegation was headed by Foreign Minister Ararat Mirzoyan and included Deputy Foreign Minister Mnatsakan Safaryan.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:geneva"));
        Assert.True(d.Has("ATTENDED", "person:ararat-mirzoyan", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:mnatsakan-safaryan", talks.Id), d.Dump());
    }

    [Fact]
    public void WhoLedOneSideAttends()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva on Tuesday.
            Armenian Foreign Minister Ararat Mirzoyan, who led the Armenian side, called them useful.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:geneva"));
        Assert.True(d.Has("ATTENDED", "person:ararat-mirzoyan", talks.Id), d.Dump());
    }

    [Fact]
    public void AGatheringToldWithoutPeopleOrDateIsStartedByTheDelegationToldAtIt()
    {
        var d = TestArticles.Extract("""
            date 2025-03-11 Talks opened in Geneva behind closed doors.
            The Armenian delegation was headed by Foreign Minister Ararat Mirzoyan.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ararat-mirzoyan", m.Id));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:geneva"), d.Dump());
    }
}
