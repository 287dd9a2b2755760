namespace RelationsGraph.Extraction.Tests;

/// <summary>A date that closes a reference's clause dates that reference, not a plan told after the comma.</summary>
public class DateClosingItsClauseTests
{
    [Fact]
    public void TheDateBeforeTheCommaDatesTheTalksNotThePlanAfterIt()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Chilean and Peruvian negotiators held a first round of talks on fishing rights in Arica on Tuesday, with both sides calling the meeting useful and agreeing to meet again next month.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.Equal("2024-06-11", talks.Date);
    }

    [Fact]
    public void AFreshEventAfterTheCommaKeepsItsOwnDate()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Chilean President Marta Solis arrived for a state visit to Peru, and on Tuesday she held talks with Peruvian President Hugo Arce.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.Equal("2024-06-11", talks.Date);
    }

    [Fact]
    public void ADateBeforeATimeAnchorDatesTheEventTheClauseReports()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Leaders of the East African Community met in Arusha on Tuesday for their annual summit.
            On Monday, the eve of the summit, Kenyan President Samuel Otieno held talks with Tanzanian President Neema Mushi.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.Equal("2024-06-10", talks.Date);
    }

    [Fact]
    public void ADateInAWhereClauseAfterTheReferenceIsWhatHappenedAtThePlace()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 Chilean President Marta Solis visited the old customs house in Arica with Peruvian President Hugo Arce, where the border treaty was first drafted in 1929.
            """);
        var visit = Assert.Single(d.OfType("Meeting"));
        Assert.NotEqual("1929", visit.Date);
    }

    [Fact]
    public void AMeetingAgreedToAfterTheDateIsNotDatedByIt()
    {
        // "first held a summit in X in 2011 and agreed to meet every year": the date belongs to the summit, not the plan.
        var d = TestArticles.Extract("""
            date 2024-06-12 Leaders of the Andean Community met in Lima on Tuesday for their annual summit.
            The bloc first held a leaders' summit in Cusco, Peru, in March 2011 and agreed to meet every year.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "summit" && m.Date == "2011-03");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks" && m.Date == "2011-03");
    }
}
