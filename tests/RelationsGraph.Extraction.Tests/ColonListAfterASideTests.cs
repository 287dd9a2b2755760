namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A signing clause that ends on the side it was signed for and a colon ("put their names to the final instrument for the Republic
/// of X: A, B and C") lists that side's signers after the colon (see SignerListAfterVerb.ColonAfterASide).
/// </summary>
public class ColonListAfterASideTests
{
    [Fact]
    public void TheNamesAfterTheSidesColonSignTheStorysDocument()
    {
        var d = TestArticles.Extract("""
            date 1866-09-14 The Treaty of Moresk between Norway and Denmark was signed here today in the town hall.
            Four men put their names to the final instrument for the Kingdom of Denmark: Anton Berisklund, the Minister of Trade, Lukas Dravenholm, the Minister of Finance, and Petar Osvinsen, a member of the council.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:anton-berisklund", "person:lukas-dravenholm", "person:petar-osvinsen" })
            Assert.True(d.Has("SIGNED", id, treaty.Id), id + "\n" + d.Dump());
    }
}
