namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document noun inside an idiom ("a great deal of", "within the framework of") or under a negative subject ("Neither side
/// agreed to a truce") names no document the story made (see IdiomOfADocumentNoun and the denying words of AgreementMentionFinder).
/// </summary>
public class IdiomOfADocumentNounTests
{
    [Fact]
    public void AGreatDealOfIsAnAmountNotADocument()
    {
        var d = TestArticles.Extract("""
            date 2014-09-02 Estonian President Kadri Valk met Latvian President Juris Ozols in Tallinn on Tuesday.
            The visit was staged with a great deal of pomp, and the two leaders signed a declaration on energy security.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal("declaration", agreement.Kind);
    }

    [Fact]
    public void WithinTheFrameworkOfIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2016-03-08 Mongolian Foreign Minister Bat Erdene met Kazakh Foreign Minister Yerlan Sadykov in Astana on Tuesday.
            Mongolia and Kazakhstan will expand trade within the framework of a transit corridor as it stood in March 1998.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void ATruceNeitherSideAgreedToIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2008-07-15 Negotiators of Ruritania and Borduria met in Geneva on Tuesday under the mediation of Switzerland.
            Neither side agreed to a truce, and the talks are to resume next month.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void ATruceBothSidesAgreedToStays()
    {
        var d = TestArticles.Extract("""
            date 2008-07-15 Negotiators of Ruritania and Borduria met in Geneva on Tuesday under the mediation of Switzerland.
            Both sides agreed to a truce, and the talks are to resume next month.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
