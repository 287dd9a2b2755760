namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The X Declaration, titled \"Y\", was adopted": a quoted second name between the document and its passive verb does not
/// hide the verb, so the document is made at the gathering the story reports (see QuotedTitleBeforeItsVerb).
/// </summary>
public class QuotedTitleBeforeItsVerbTests
{
    [Fact]
    public void ADeclarationAdoptedAfterItsQuotedTitleIsTheSummitsProduct()
    {
        var d = TestArticles.Extract("""
            date 2025-05-12 President Halvard Maresco of Portugal and President Ilse Tormund of Norway met in Vellacourt on Monday for their annual summit.
            The Vellacourt Declaration, titled "Cold Currents, Warm Harbours", was adopted at the close of the summit.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Vellacourt Declaration", StringComparison.Ordinal));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
    }

    [Fact]
    public void ADocumentFormallyEntitledThenSignedIsMadeAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-10-03 Chancellor Oswin Delacroix of Austria held talks with Prime Minister Petra Lindqvar of Denmark in Brennholt on Thursday.
            The Brennholt Protocol, formally entitled "Shared Rails for the Alpine North", was signed after the talks.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Brennholt Protocol", StringComparison.Ordinal));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == protocol.Id);
    }
}
