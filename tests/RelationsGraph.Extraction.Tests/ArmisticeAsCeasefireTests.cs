namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// An armistice made by a verb of agreeing or signing is a ceasefire document named by its own word; one only asked for
/// is none (see ArmisticeAsCeasefire).
/// </summary>
public class ArmisticeAsCeasefireTests
{
    [Fact]
    public void AnArmisticeConcludedAtAPlaceIsACeasefireDocument()
    {
        var d = TestArticles.Extract("""
            date 1903-06-02 Envoys of Peru and Bolivia met at Tolvareja on Tuesday to draft the final peace.
            An armistice concluded at Quenamarca on 14 March had already stopped the fighting along the river.
            """);
        var armistice = Assert.Single(d.OfType("Agreement"), a => a.Kind == "ceasefire");
        Assert.Contains("armistice", armistice.Name);
    }

    [Fact]
    public void TwoKingsWhoAgreedOnAnArmisticeMadeOne()
    {
        var d = TestArticles.Extract("""
            date 1811-09-30 King Osvald Brenner of Sweden and King Matthias Ulveng of Denmark agreed on an armistice at Skarholm on Monday.
            """);
        Assert.Single(d.OfType("Agreement"), a => a.Kind == "ceasefire" && a.Name.Contains("armistice"));
    }

    [Fact]
    public void AnArmisticeOnlyAskedForIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 1811-09-30 King Osvald Brenner of Sweden asked for an armistice after the defeat at Skarholm.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("armistice"));
    }
}
