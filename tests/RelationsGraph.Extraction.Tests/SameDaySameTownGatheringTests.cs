namespace RelationsGraph.Extraction.Tests;

/// <summary>People meeting in the town and on the day of a grouping's summit are there for it.</summary>
public class SameDaySameTownGatheringTests
{
    [Fact]
    public void TalksInTheSummitTownOnItsDayJoinTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-07-12 The NATO summit opened in Vilnius on July 11, 2024, with Secretary General Jens Stoltenberg in the chair.
            French President Jean Morel and Estonian Prime Minister Kaja Tamm held talks in Vilnius on July 11, 2024.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        Assert.True(d.Has("ATTENDED", "person:jean-morel", summit.Id), d.Dump());
    }

    [Fact]
    public void TalksOnAnotherDayStayApart()
    {
        var d = TestArticles.Extract("""
            date 2024-07-12 The NATO summit opened in Vilnius on July 11, 2024, with Secretary General Jens Stoltenberg in the chair.
            French President Jean Morel and Estonian Prime Minister Kaja Tamm held talks in Vilnius on March 3, 2024.
            """);
        var summit = d.OfType("Meeting").Single(m => m.Kind == "summit");
        Assert.False(d.Has("ATTENDED", "person:jean-morel", summit.Id), d.Dump());
    }
}
