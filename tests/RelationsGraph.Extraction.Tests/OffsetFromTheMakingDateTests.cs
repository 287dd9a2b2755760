namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "That raid, in May 1990, came six months after the rebels had signed the accord": a date separated from the making verb by
/// an offset is the anchor the offset counts from: the document's year is the anchor moved by it (see DocumentYear.ShiftedYear).
/// </summary>
public class OffsetFromTheMakingDateTests
{
    [Fact]
    public void ADateBeforeAnOffsetIsMovedBackByIt()
    {
        var d = TestArticles.Extract("""
            date 2021-06-02 President Arlo Venn of Lorvania laid a wreath in Kessel on Wednesday.
            That raid, in May 1990, came six months after the government of Lorvania had signed the Kessel Accords with Estavia.
            """);
        var accords = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1989, accords.Year);
    }

    [Fact]
    public void ADateWithoutAnOffsetStillDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2021-06-02 President Arlo Venn of Lorvania laid a wreath in Kessel on Wednesday.
            In May 1990 the government of Lorvania signed the Kessel Accords with Estavia.
            """);
        var accords = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1990, accords.Year);
    }

    [Fact]
    public void AnOffsetInAnAsideLeavesTheDateToTheMaking()
    {
        var d = TestArticles.Extract("""
            date 2021-06-02 President Arlo Venn of Lorvania laid a wreath in Kessel on Wednesday.
            On 4 May 1990, six years before the war, the government of Lorvania signed the Kessel Accords with Estavia.
            """);
        var accords = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1990, accords.Year);
    }
}
