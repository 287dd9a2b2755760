namespace RelationsGraph.Extraction.Tests;

/// <summary>"flew in from X, where he had attended the Y summit": a gathering in a pluperfect where/when clause is an earlier one.</summary>
public class PluperfectWhereClauseTests
{
    [Fact]
    public void TheSummitAttendedBeforeTheVisitDoesNotTakeTheVisitsPeople()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Indonesian President Budi Santoso began a state visit to Chile on Tuesday, hosted by Chilean President Carla Rojas.
            Santoso flew to Santiago from Lima, where he had taken part in the APEC summit.
            Chilean Foreign Minister Pedro Soto and Indonesian Foreign Minister Sari Dewi also took part in the talks.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:lima"));
        Assert.True(d.Has("ATTENDED", "person:budi-santoso", summit.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:pedro-soto", summit.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:carla-rojas", summit.Id), d.Dump());
    }
}
