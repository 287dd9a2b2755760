namespace RelationsGraph.Extraction.Tests;

/// <summary>"X and Y sat in.", "Z sat in as mediator": whoever sits in, with nothing named after it, is at the gathering under discussion.</summary>
public class SittingInTests
{
    [Fact]
    public void TwoAidesWhoSatInAreAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2021-09-08 TOLMERAN, Sept 8 (Wire) - President Edvard Lindqvist of Sweden held talks with President Marku Halvorsen of Norway at the Tolmeran city hall on Wednesday.
            The trade minister, Signe Aaberg, and the Swedish ambassador, Rolf Ekdahl, sat in.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:edvard-lindqvist", m.Id));
        Assert.True(d.Has("ATTENDED", "person:signe-aaberg", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:rolf-ekdahl", talks.Id), d.Dump());
    }

    [Fact]
    public void AnEnvoyWhoSatInAsMediatorIsAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2018-03-21 CARVESTO, March 21 (Wire) - Foreign Minister Ottavio Brunelli of Italy held talks with Foreign Minister Jordi Estrany of Andorra in Carvesto on Wednesday.
            Dominik Vrabec, a Slovak diplomat, sat in as mediator.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ottavio-brunelli", m.Id));
        Assert.True(d.Has("ATTENDED", "person:dominik-vrabec", talks.Id), d.Dump());
    }
}
