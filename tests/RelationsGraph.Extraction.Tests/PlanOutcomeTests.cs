namespace RelationsGraph.Extraction.Tests;

/// <summary>Plans that fell through and words that only look like gatherings are not held meetings.</summary>
public class PlanOutcomeTests
{
    [Fact]
    public void AVisitThatHadBeenDueIsNotHeld()
    {
        var d = TestArticles.Extract("""
            date 2025-02-12 Indian Foreign Minister Subrahmanyam Jaishankar had been due to visit Canberra this week for talks with Australian Foreign Minister Penny Wong.
            He spoke by phone with Wong on Wednesday instead.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Status == "held" && m.Kind != "phone_call");
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "phone_call" && m.Status == "held");
    }

    [Fact]
    public void AConferenceCentreIsABuildingNotAConference()
    {
        var d = TestArticles.Extract("""
            date 2025-03-05 Danish Prime Minister Mette Frederiksen and Swedish Prime Minister Ulf Kristersson held talks at a conference centre in Malmo on Wednesday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.Equal("talks", talks.Kind);
    }
}
