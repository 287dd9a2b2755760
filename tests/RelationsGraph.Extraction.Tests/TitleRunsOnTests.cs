namespace RelationsGraph.Extraction.Tests;

/// <summary>A formal title runs on through "for the", "on the", "of the" before capitalised words, and an opening "A" is no part of it.</summary>
public class TitleRunsOnTests
{
    [Fact]
    public void ATitleGoesOnThroughForTheAndLosesItsArticle()
    {
        var d = TestArticles.Extract("""
            date 2021-05-04 The foreign ministers of Chile and Peru signed several texts in Lima on Tuesday.
            A Roadmap for the Development of Border Trade was among them.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Roadmap for the Development of Border Trade") && !a.Name.StartsWith("A "));
    }

    [Fact]
    public void ATitleGoesOnThroughOnThe()
    {
        var d = TestArticles.Extract("""
            date 2021-05-04 Chilean President Sebastian Pinera and Peruvian President Francisco Sagasti signed the Agreement on the Protection of Andean Glaciers in Lima on Tuesday.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Agreement on the Protection of Andean Glaciers"));
    }
}
