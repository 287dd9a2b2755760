namespace RelationsGraph.Extraction.Tests;

/// <summary>"its own Treaty of X": a possessive with "own" marks another party's document, apart from the one told before.</summary>
public class OwnDocumentSetApartTests
{
    [Fact]
    public void ItsOwnTitledTreatyIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2031-05-14 Velorian Prime Minister Anders Kolvig and Marenian President Tomas Ruelle signed the Lornak Peace Treaty in Lornak on Wednesday.
            Ostravia signed its own Treaty of Lornak in the same town a month later.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
