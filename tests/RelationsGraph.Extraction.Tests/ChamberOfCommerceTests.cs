namespace RelationsGraph.Extraction.Tests;

/// <summary>Capitalised words and "Chamber of Commerce (and Industry)" name one business association.</summary>
public class ChamberOfCommerceTests
{
    [Fact]
    public void ADemonymAndChamberOfCommerceAndIndustryIsOneBody()
    {
        var d = TestArticles.Extract("date 2024-06-02 The minister opened a trade fair in Kessow organised by the Japanese Chamber of Commerce and Industry on Monday.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Japanese Chamber of Commerce and Industry");
    }

    [Fact]
    public void AHyphenatedPairOfCountriesOpensTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 Dozens of traders from Tallow joined a dinner held by the Greek-Chilean Chamber of Commerce in the old port.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Greek-Chilean Chamber of Commerce");
    }
}
