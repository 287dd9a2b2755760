namespace RelationsGraph.Extraction.Tests;

/// <summary>"a joint statement titled the "X"": the name after the participle is the document's title (see TitledAfterNoun).</summary>
public class TitledAfterNounTests
{
    [Fact]
    public void ANameAfterTitledIsTheDocumentsTitle()
    {
        var d = TestArticles.Extract("""
            date 2022-06-30 President Gabriel Boric met President Alberto Fernandez in Buenos Aires on Thursday.
            The two presidents issued a joint statement titled the "Andes Compact for Clean Water" before lunch.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Andes Compact for Clean Water", statement.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameHoldingItsOwnDocumentWordIsLeftToThatDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-06-30 President Gabriel Boric met President Alberto Fernandez in Buenos Aires on Thursday.
            The document, titled the Buenos Aires Declaration on Water, commits both sides to share river data.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Buenos Aires Declaration on Water", declaration.Name, StringComparison.Ordinal);
    }
}
