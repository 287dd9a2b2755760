namespace RelationsGraph.Extraction.Tests;

/// <summary>"made the trip" told after a grouping's summit is the journey to it: its people attended the summit, not a visit.</summary>
public class TripToTheSummitTests
{
    [Fact]
    public void ThoseWhoMadeTheTripAttendTheSummit()
    {
        var d = TestArticles.Extract("date 2025-04-14 The G20 summit opened in Marlow Bay on Sunday under heavy rain. " +
                                     "Chancellor Ottilie Vandersee and President Rasmus Kellgren both made the trip despite the storm.");
        var summit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "summit");
        Assert.True(d.Has("ATTENDED", "person:ottilie-vandersee", summit.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:rasmus-kellgren", summit.Id), d.Dump());
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "visit");
    }
}
