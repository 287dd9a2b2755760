namespace RelationsGraph.Extraction.Tests;

/// <summary>A grouping's summit told in passing after the lead, before the gathering the story goes on with, does not take that gathering's attendance.</summary>
public class SummitLeftBehindTests
{
    [Fact]
    public void AnAttendanceAfterTheTalksIsNotAtTheSummitToldInPassingBeforeThem()
    {
        var d = TestArticles.Extract("""
            date 2024-11-20 Prime Minister Eirik Valstad of Norway landed in Chile on Tuesday for two days of meetings.
            Officials said trade and salmon farming would top the agenda.
            Valstad is the first Norwegian leader to travel to the country in a decade.
            Both governments have promised to double their trade by the end of the decade.
            He came on from the G20 summit in Brazil, where he spoke on climate finance.
            Valstad held talks with President Lorena Quintanilla on Wednesday.
            Afterwards the two leaders watched their ministers sign three memoranda on fisheries.
            """);
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Id.Contains("group-of-twenty"));
        Assert.False(d.Has("ATTENDED", "person:lorena-quintanilla", summit.Id), d.Dump());
        Assert.Contains(d.OfType("Meeting"), m => m.Id != summit.Id && d.Has("ATTENDED", "person:lorena-quintanilla", m.Id));
    }

    [Fact]
    public void TheLeadsSummitStillTakesAnObjectlessAttendance()
    {
        var d = TestArticles.Extract("""
            date 2024-11-20 Leaders of the G20 opened their summit in Brazil on Tuesday with a session on hunger.
            Prime Minister Eirik Valstad of Norway held talks with President Lorena Quintanilla of Chile on the sidelines.
            Foreign Minister Tomas Berglie was also present.
            """);
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Id.Contains("group-of-twenty"));
        Assert.True(d.Has("ATTENDED", "person:tomas-berglie", summit.Id), d.Dump());
    }
}
