namespace RelationsGraph.Extraction.Tests;

/// <summary>Attending "the sessions" or "the plenary" is attending the summit under discussion, not the talks told last.</summary>
public class AttendedSittingTests
{
    [Fact]
    public void AttendingTheSessionsIsAttendingTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-03-14 President Lucas Mena of Ecuador opened a regional summit on water security in Quito on Thursday.
            President Rosa Delgado of Peru held talks with President Mateo Quispe of Bolivia on Friday morning.
            Chile's President Ana Torres, who attended the official sessions, later spoke at a rally in the old town.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:lucas-mena", m.Id));
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:rosa-delgado", m.Id));
        Assert.True(d.Has("ATTENDED", "person:ana-torres", summit.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:ana-torres", talks.Id), d.Dump());
    }
}
