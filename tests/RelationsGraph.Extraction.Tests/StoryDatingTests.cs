namespace RelationsGraph.Extraction.Tests;

/// <summary>Dates read in the context of the story, not only against the publication date.</summary>
public class StoryDatingTests
{
    [Fact]
    public void ABareMonthAfterAnEarlierYearKeepsThatYear()
    {
        var d = TestArticles.Extract("""
            date 2025-06-22 In March 2023, Chilean President Gabriel Boric visited Buenos Aires for talks with Argentine President Alberto Fernandez. Fernandez made a return trip to Santiago in May.
            """);
        var returnTrip = d.OfType("Meeting").Single(m => m.Place == "Santiago");
        Assert.Equal("2023-05", returnTrip.Date);
    }

    [Fact]
    public void AWeekdayReportedInThePastIsNotMovedAheadByALaterPlan()
    {
        var d = TestArticles.Extract("""
            date 2025-01-08 Canadian Foreign Minister Melanie Joly held talks with Mexican Foreign Minister Juan Ramon de la Fuente in Ottawa on Monday during what is expected to be a busy week of diplomacy.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("2025-01-06", talks.Date);
    }
}
