namespace RelationsGraph.Extraction.Tests;

/// <summary>"the accord the two leaders signed last year": a counted group in a relative clause stands for the signers told before.</summary>
public class RelativeGroupSignerTests
{
    [Fact]
    public void TheTwoLeadersOfAnEarlierDocumentAreItsSigners()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Chilean President Gabriel Boric and Argentine President Javier Milei signed a water-sharing treaty in Santiago on Monday.
            The new treaty builds on the Andes Transit Agreement the two leaders signed in Mendoza in March 2023.
            """);
        var earlier = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Andes", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:gabriel-boric", earlier.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:javier-milei", earlier.Id), d.Dump());
    }

    [Fact]
    public void AGroupOfAnotherSizeNamesNoSigners()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 Chilean President Gabriel Boric and Argentine President Javier Milei signed a water-sharing treaty in Santiago on Monday.
            The new treaty builds on the Andes Transit Agreement the three ministers signed in Mendoza in March 2023.
            """);
        var earlier = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Andes", StringComparison.Ordinal));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.To == earlier.Id);
    }
}
