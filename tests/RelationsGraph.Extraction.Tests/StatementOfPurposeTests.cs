namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A "statement of intent / of principles / of understanding" that a verb signs or issues is a document named by its whole
/// phrase; one only said to be what another text amounts to is none (see StatementOfPurpose).
/// </summary>
public class StatementOfPurposeTests
{
    [Fact]
    public void ASignedStatementOfIntentIsADocumentOfBothSides()
    {
        var d = TestArticles.Extract("""
            date 2031-04-15 Norwegian Defence Minister Halvard Stenvik visited Valparaiso on Tuesday.
            Stenvik signed a statement of intent on joint fishery patrols with Chile at the naval academy in Valparaiso.
            """);
        var statement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("statement of intent"));
        Assert.True(d.Has("PARTY_TO", "country:no", statement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cl", statement.Id), d.Dump());
    }

    [Fact]
    public void AJointStatementOfPrinciplesKeepsItsPhraseInItsName()
    {
        var d = TestArticles.Extract("""
            date 2029-09-03 The presidents of Peru and Ecuador met in Tumbes on Monday.
            Besides a border treaty, the pair also signed a joint statement of principles for future river talks.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("joint statement of principles"));
    }

    [Fact]
    public void AStatementOfIntentThatOnlyDescribesAnotherTextIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2029-09-03 Critics in Lima said the new charter for the river basin was a statement of intent rather than a binding text.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("statement of intent"));
    }
}
