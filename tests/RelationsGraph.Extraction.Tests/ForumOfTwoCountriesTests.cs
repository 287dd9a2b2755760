namespace RelationsGraph.Extraction.Tests;

/// <summary>A business, economic or investment forum named for two countries is a gathering, not an organization.</summary>
public class ForumOfTwoCountriesTests
{
    [Fact]
    public void ABusinessForumOfTwoCountriesIsNoBody()
    {
        var d = TestArticles.Extract("date 2024-06-02 On Tuesday the visiting premier opened the Chile-Norway Business Forum in Kessow, where firms from both sides signed deals on salmon feed.");
        Assert.DoesNotContain(d.OfType("Organization"), o => o.Name.Contains("Forum"));
    }
}
