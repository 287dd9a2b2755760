namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// In a story with no year of its own, "a treaty signed in X in 1968" after the lead told a treaty signed now is another
/// document, not the lead's treaty dated back.
/// </summary>
public class IndefiniteDatedDocumentApartTests
{
    [Fact]
    public void IndefiniteDatedTreatyIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            VELDRIA, June 4 - Ministers from Chile, Peru and Ecuador on Tuesday signed a treaty creating a Pacific fisheries board.

            The signing took place in the main hall of the foreign ministry.

            Chile and Peru already belong to a smaller body, one set up by a treaty signed at Arica in 1968.
            """);
        var agreements = d.OfType("Agreement").ToList();
        Assert.True(agreements.Count == 2, string.Join(", ", agreements.Select(a => a.Id)));
        Assert.Contains(agreements, a => a.Year == 1968);
        Assert.Contains(agreements, a => a.Year != 1968);
    }
}
