namespace RelationsGraph.Extraction.Tests;

/// <summary>"With him were A and B": a sentence opening on the company of the person just told names more people at the gathering.</summary>
public class FrontedCompanyTests
{
    [Fact]
    public void ThoseWithHimAreAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2017-06-13 BRELLANCE, June 13 (Wire) - Prime Minister Tomas Varga of Hungary held talks with Chancellor Lotte Brandauer of Austria in Brellance on Tuesday.
            With him were Agoston Fekete, the finance minister, and Ilona Szepesi, his trade adviser.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomas-varga", m.Id));
        Assert.True(d.Has("ATTENDED", "person:agoston-fekete", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:ilona-szepesi", talks.Id), d.Dump());
    }

    [Fact]
    public void TheOneWithHerIsAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2014-10-02 MOSSGARTH, Oct 2 (Wire) - President Ardis Kellner of Estonia and President Juris Ozolins of Latvia signed a border rail accord at the station hall in Mossgarth on Thursday.
            With her was Kaarel Tammsalu, the transport minister.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ardis-kellner", m.Id));
        Assert.True(d.Has("ATTENDED", "person:kaarel-tammsalu", signing.Id), d.Dump());
    }
}
