namespace RelationsGraph.Extraction.Tests;

/// <summary>A date told with "by" is a deadline: it never dates the gathering of its sentence.</summary>
public class DeadlineDateTests
{
    [Fact]
    public void AYearTargetDoesNotDateTheSummit()
    {
        var d = TestArticles.Extract("date 2019-06-12 Pacific Alliance leaders met in Lima for their summit and signed up to a common digital market by 2030.");
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.NotEqual("2030", summit.Date);
    }

    [Fact]
    public void AMonthDeadlineInAWhereClauseDoesNotDateTheMeeting()
    {
        var d = TestArticles.Extract("date 2019-06-12 Prime Minister Vera Olsen flew home from Oslo, where she had attended the regular meeting of " +
                                     "Nordic Council leaders and promised to hold a referendum by August 2021.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Date is not null && m.Date.StartsWith("2021", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOrdinaryMonthStillDatesTheMeeting()
    {
        var d = TestArticles.Extract("date 2019-06-12 Pacific Alliance leaders met in Lima in May for their summit and signed up to a common digital market.");
        Assert.Contains(d.OfType("Meeting"), m => m.Date == "2019-05");
    }
}
