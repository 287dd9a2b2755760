namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// AgreementMentionFinder.ArabicArticleInTitle: an Arabic or Swahili article inside a place name ("Ras el-Khor", "Bandar es
/// Tamu") stays inside a document's title.
/// </summary>
public class ArabicArticleInTitleTests
{
    [Fact]
    public void AHyphenedArticleDoesNotCutTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2021-08-17 Foreign ministers Lucas Ferrand and Ana Belmonte signed the Ras el-Khor Declaration on Tuesday.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Ras el-Khor Declaration"));
    }

    [Fact]
    public void ASwahiliArticleBetweenNamesDoesNotCutTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2021-08-17 Foreign ministers Lucas Ferrand and Ana Belmonte signed the Bandar es Tamu Protocol on Tuesday.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Bandar es Tamu Protocol"));
    }
}
