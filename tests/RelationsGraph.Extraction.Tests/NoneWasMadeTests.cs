namespace RelationsGraph.Extraction.Tests;

/// <summary>"No treaty was signed": a document under "no" whose clause says it was made was not made.</summary>
public class NoneWasMadeTests
{
    [Fact]
    public void ADocumentUnderNoWasNotMade()
    {
        var d = TestArticles.Extract("""
            date 2022-06-14 Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Entebbe on Tuesday.
            No treaty was signed and no joint communique was issued, officials said.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }

    [Fact]
    public void ADocumentSignedWithoutNoWasMade()
    {
        var d = TestArticles.Extract("""
            date 2022-06-14 Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Entebbe on Tuesday.
            A treaty on border trade was signed and a joint communique was issued, officials said.
            """);
        Assert.NotEmpty(d.OfType("Agreement"));
    }
}
