namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "Minister of Industry and Modern Technology", "Petroleum and Natural Gas Minister": an adjective and a portfolio word inside
/// a title are the title's portfolio, never a person.
/// </summary>
public class QualifiedPortfolioTests
{
    private const string Opening = "date 2024-02-05 Kuwait and Oman signed energy accords in Muscat on Monday. ";

    [Fact]
    public void AQualifiedPortfolioAfterTheTitlesAndIsNoPerson()
    {
        var d = TestArticles.Extract(Opening + "He signed with Fahad Al Rumi, the Kuwaiti Minister of Industry and Modern Technology, who also hosted the dinner.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Advanced Technology");
        Assert.True(d.Has("REPRESENTS", "person:fahad-al-rumi", "country:kw"), d.Dump());
    }

    [Fact]
    public void AQualifiedPortfolioBeforeATitleIsNoPerson()
    {
        var d = TestArticles.Extract(Opening + "Oman's team was headed by Petroleum and Natural Gas Minister Salim Al Harthi, who signed.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Natural Gas");
        Assert.True(d.Has("REPRESENTS", "person:salim-al-harthi", "country:om"), d.Dump());
    }
}
