namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A capitalised "Peace of X" or "Truce of X" titles one treaty, as "the Treaty of X" does; the lower-case noun is a state of
/// affairs and names none (see PeaceOfATown).
/// </summary>
public class PeaceOfATownTests
{
    [Fact]
    public void APeaceTitledAfterItsTownIsATreaty()
    {
        AssertOneTitledDocument("""
            date 1721-09-12 Two hundred years on, historians in Orrestad still argue over who gained most.
            The Peace of Orrestad, signed on 10 September 1721 by envoys of Sweden and Russia, closed two decades of war in the north.
            """, "Peace of Orrestad", "treaty");
    }

    [Fact]
    public void APeaceTitledAfterALandWithItsArticleIsATreaty()
    {
        AssertOneTitledDocument("""
            date 2024-05-02 The minister said the Peace of the Velmar Hills had shaped the border for three centuries.
            """, "Peace of the Velmar Hills");
    }

    [Fact]
    public void ATruceTitledAfterItsTownIsACeasefireDocument()
    {
        AssertOneTitledDocument("""
            date 1618-12-20 The Truce of Harnholm kept the frontier between Poland and Russia quiet for fourteen years.
            """, "Truce of Harnholm", "ceasefire");
    }

    /// <summary>The article yields exactly one agreement named with <paramref name="title"/>, of <paramref name="kind"/> when given.</summary>
    private static void AssertOneTitledDocument(string article, string title, string? kind = null)
    {
        var document = Assert.Single(TestArticles.Extract(article).OfType("Agreement"), a => a.Name.Contains(title));
        if (kind is not null) Assert.Equal(kind, document.Kind);
    }

    /// <summary>Guard (passes with the rule off too): a lower-case peace is a state of affairs, not a title.</summary>
    [Fact]
    public void GuardALowerCasePeaceOfARegionIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-05-02 The two presidents said the peace of the Velmar region depended on trade across the river.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
