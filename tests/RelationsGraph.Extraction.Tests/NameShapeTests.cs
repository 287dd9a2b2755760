namespace RelationsGraph.Extraction.Tests;

/// <summary>Names with lowercase parts, places named by description, and people named by family role.</summary>
public class NameShapeTests
{
    [Fact]
    public void AnArabicArticleHyphenedToTheSurnameStaysInTheName()
    {
        var d = TestArticles.Extract("""
            date 2025-04-02 Egyptian Foreign Minister Badr el-Nasser said the talks would resume next week.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Badr el-Nasser");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Badr");
    }

    [Fact]
    public void AKnownPlaceWithLowercaseWordsIsReadWhole()
    {
        var d = TestArticles.Extract("""
            date 2025-04-02 Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva at the Great Hall of the People on Tuesday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Great Hall of the People");
        Assert.Equal("Great Hall of the People", Assert.Single(d.OfType("Meeting")).Place);
    }

    [Fact]
    public void TheCapitalOfANationalityIsThatCountrysCapital()
    {
        var d = TestArticles.Extract("""
            date 2024-07-26 Thai Foreign Minister Maris Sangiampongsa held talks with his Vietnamese counterpart Bui Thanh Son on Friday in the Cambodian capital.
            """);
        Assert.Equal("Phnom Penh", Assert.Single(d.OfType("Meeting")).Place);
    }

    [Fact]
    public void ASpouseNamedAfterWifeIsAPerson()
    {
        var d = TestArticles.Extract("""
            date 2024-09-10 Polish President Andrzej Duda and his wife Agata Kornhauser-Duda hosted a dinner for visiting heads of state in Warsaw on Monday.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Agata Kornhauser-Duda");
    }
}
