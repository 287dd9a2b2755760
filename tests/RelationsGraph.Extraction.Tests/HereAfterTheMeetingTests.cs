namespace RelationsGraph.Extraction.Tests;

/// <summary>A reporter's "here" after a meeting's words is the dateline town, even for a gathering told as past.</summary>
public class HereAfterTheMeetingTests
{
    [Fact]
    public void ARecalledMeetingToldHereIsHeldInTheDatelineTown()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            VELMORA, May 10 (Wire) - Finnish President Arlen Voss and Estonian President Tomas Brekke opened a new ferry line on Friday.
            Mr Voss and Mr Brekke first met here in March 1998, when both were junior trade ministers.
            """);
        var recalled = Assert.Single(d.OfType("Meeting"), m => m.Date == "1998-03");
        Assert.True(d.Has("HELD_IN", recalled.Id, "place:velmora"), d.Dump());
    }

    [Fact]
    public void HereInsideAClauseAboutOthersDoesNotPlaceTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            VELMORA, May 10 (Wire) - Finnish President Arlen Voss and Estonian President Tomas Brekke opened a new ferry line on Friday.
            Mr Voss and Mr Brekke first met in March 1998, a meeting that officials here still recall.
            """);
        var recalled = Assert.Single(d.OfType("Meeting"), m => m.Date == "1998-03");
        Assert.False(d.Has("HELD_IN", recalled.Id, "place:velmora"), d.Dump());
    }
}
