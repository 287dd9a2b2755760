namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An "understanding" that a year or a count of points names is a document; the state of mind ("mutual understanding", "its
/// understanding that ...") and a bare one merely reached are none beside it (see UnderstandingAsDocument).
/// </summary>
public class UnderstandingAsDocumentTests
{
    [Fact]
    public void ACountedUnderstandingTheSidesReachedIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2031-03-05 The foreign ministers of Latvia and Chile met in Riga on Tuesday.
            Latvia and Chile reached a nine-point understanding on salmon quotas at the talks in Riga.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("understanding"));
    }

    [Fact]
    public void AnUnderstandingCountedInFiguresIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2031-03-05 Latvia and Chile signed a 14-point understanding on salmon quotas in Riga on Tuesday.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("understanding"));
    }

    [Fact]
    public void AnUnderstandingNamedByItsYearIsARecalledDocument()
    {
        var d = TestArticles.Extract("""
            date 2030-10-14 Officials in Dakar said the river authority still works under the 1987 understanding between Portugal and Senegal.
            """);
        var understanding = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("understanding"));
        Assert.Equal(1987, understanding.Year);
    }

    [Fact]
    public void OnlyTheUnderstandingNamedByAYearIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2030-10-14 The president of Senegal said in Dakar that the two peoples share a deep mutual understanding.
            Portugal repeated its understanding that the river mouth stays open to all shipping.
            Both governments reached an understanding on pilots, which replaces the 1994 understanding on river tolls.
            """);
        var understanding = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("understanding"));
        Assert.Equal(1994, understanding.Year);
    }
}
