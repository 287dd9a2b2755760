namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A relative clause that tells when a document was made dates it, though another date stands nearer; and two document
/// nouns in a row ("Framework Agreement") name one document.
/// </summary>
public class AgreementOwnClauseYearTests
{
    [Fact]
    public void TheMakingClauseDatesTheDocumentOverANearerDate()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 President Gabriel Boric of Chile and President Luis Arce of Bolivia held talks in Santiago on Tuesday.

            The deals signed on Tuesday were drafted under a "Framework for Cooperation" that Mr Boric and Mr Arce endorsed in 2022.
            """);
        var framework = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Framework for Cooperation"));
        Assert.Equal(2022, framework.Year);
    }

    [Fact]
    public void AFrameworkAgreementIsOneDocumentDatedByItsOwnYear()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 President Gabriel Boric of Chile held talks with President Luis Arce of Bolivia in Santiago on Tuesday.

            The two leaders discussed the Strategic Framework Agreement that Chile and Bolivia signed in 2009.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2009, agreement.Year);
    }
}
