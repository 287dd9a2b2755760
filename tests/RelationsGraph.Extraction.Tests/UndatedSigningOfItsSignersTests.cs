namespace RelationsGraph.Extraction.Tests;

/// <summary>An undated signing that made nothing else is the making of the one dated document its people signed.</summary>
public class UndatedSigningOfItsSignersTests
{
    [Fact]
    public void ARetoldSigningWithoutItsDateMadeTheDatedTreaty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 Two centuries and more have passed since the river towns of the Vell valley stopped fighting.
            The Treaty of Marrowby, concluded in 1791, ended eleven years of raids across the valley.
            In the great hall of the abbey, the envoys Oswin Harkell and Benedikt Tramsey signed the treaty before the assembled abbots.
            Harkell rode home the same night with a copy sewn into his coat.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("PRODUCED", signing.Id, treaty.Id), d.Dump());
    }

    [Fact]
    public void ASigningThatFitsTwoDatedDocumentsMakesNeither()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 Two centuries and more have passed since the river towns of the Vell valley stopped fighting.
            The Treaty of Marrowby, concluded in 1791, ended eleven years of raids across the valley.
            In the great hall of the abbey, the envoys Oswin Harkell and Benedikt Tramsey signed the treaty before the assembled abbots.
            Harkell and Tramsey also signed the Fishing Convention of Esk, concluded in 1790, which had waited a year for their seals.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}
