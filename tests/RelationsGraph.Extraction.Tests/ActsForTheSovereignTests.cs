namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A and B signed for the Sultan", "For Tsar X, the text was signed by Y", "Two envoys signed for the Sultan: A and B": the
/// side an agent acts for given as its ruler, by bare title or by name, is that ruler's state.
/// </summary>
public class ActsForTheSovereignTests
{
    private const string Opening = "date 2024-05-01 The Treaty of Varnholm, signed in 1791, ended a war between the Ottoman Empire and the Russian Empire. ";

    [Fact]
    public void AgentsListedBeforeSigningForTheSultanServeTheOttomanEmpire()
    {
        var d = TestArticles.Extract(Opening + "Kemal Arslandag and Yusuf Demirkale Bey signed for the Sultan on the last day.");
        Assert.True(d.Has("REPRESENTS", "person:kemal-arslandag", "country:xo"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:yusuf-demirkale-bey", "country:xo"), d.Dump());
    }

    [Fact]
    public void ASentenceOpeningForANamedTsarGivesRussia()
    {
        var d = TestArticles.Extract(Opening + "For Tsar Pavel II, the copy was sealed by General Dmitri Orlevsky in the presence of the town's mayor.");
        Assert.True(d.Has("REPRESENTS", "person:dmitri-orlevsky", "country:ru"), d.Dump());
    }

    [Fact]
    public void NamesAfterTheColonOfASigningForTheSultanServeTheOttomanEmpire()
    {
        var d = TestArticles.Extract(Opening + "Two officers signed for the Sultan: Selim Ardahanli and Murat Kozbeyli.");
        Assert.True(d.Has("REPRESENTS", "person:selim-ardahanli", "country:xo"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:murat-kozbeyli", "country:xo"), d.Dump());
    }
}
