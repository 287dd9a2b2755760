namespace RelationsGraph.Extraction.Tests;

/// <summary>A portfolio's capitalised words inside a long office title are no person of their own.</summary>
public class PortfolioInsideALongerTitleTests
{
    [Fact]
    public void TheWordsAfterAndInAPortfolioAreNoPerson()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 Kenya and Uganda signed a trade pact in Nairobi on Thursday.

            The pact was signed by the Minister for Trade and Export Growth, Tom Wilkins, and the Minister of Agriculture and Rural Development, Grace Ochieng.
            """);
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:export-growth");
        Assert.Contains(d.Entities, e => e.Id == "person:tom-wilkins");
        Assert.Contains(d.Entities, e => e.Id == "person:grace-ochieng");
    }
}
