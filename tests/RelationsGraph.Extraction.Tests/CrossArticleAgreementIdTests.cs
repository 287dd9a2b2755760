namespace RelationsGraph.Extraction.Tests;

/// <summary>The same accord, named differently by two articles, is one node once both are loaded: one id.</summary>
public class CrossArticleAgreementIdTests
{
    [Fact]
    public void TwoArticlesNamingOneAccordDifferentlyGiveItOneId()
    {
        var first = TestArticles.Extract("""
            date 2022-11-02 Ethiopia and Eritrea signed the Asmara Peace Accord in Pretoria on Wednesday.
            The accord ends two years of fighting.
            """, "first.txt");
        var second = TestArticles.Extract("""
            date 2022-11-04 Two days after Ethiopia and Eritrea sealed their peace deal in Pretoria, aid convoys began to move.
            Diplomats said the deal was holding.
            """, "second.txt");
        var a = Assert.Single(first.OfType("Agreement"));
        var b = Assert.Single(second.OfType("Agreement"));
        Assert.Equal(a.Id, b.Id);
    }
}
