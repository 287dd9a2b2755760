namespace RelationsGraph.Extraction.Tests;

/// <summary>An elided particle written onto a capitalised word ("Côte d'Ivoire") stays inside the name it follows.</summary>
public class ElidedParticleNameTests
{
    [Fact]
    public void AStateWhoseNameEndsInAnElidedParticleIsFound()
    {
        var d = TestArticles.Extract("date 2019-03-04 Ghana's foreign minister, Kwesi Ampofo, held talks with the foreign minister of Côte d'Ivoire, Awa Kéita, in Accra on Monday.");
        Assert.Contains(d.OfType("Country"), c => c.Id == "country:ci");
        Assert.True(d.Has("REPRESENTS", "person:awa-keita", "country:ci"), d.Dump());
    }

    [Fact]
    public void TheStateIsFoundWithAPlainApostropheAndWithoutItsAccent()
    {
        var d = TestArticles.Extract("date 2019-03-04 The President of Cote d'Ivoire, Yao Kouadio, received the Liberian delegation in Yamoussoukro on Monday.");
        Assert.True(d.Has("REPRESENTS", "person:yao-kouadio", "country:ci"), d.Dump());
    }
}
