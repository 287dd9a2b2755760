namespace RelationsGraph.Extraction.Tests;

/// <summary>"with Y at his side", "A and B were at the premier's side", "At her side sat C": the people at someone's side are at the gathering told.</summary>
public class AtSomeonesSideTests
{
    [Fact]
    public void TheCompanionAfterWithIsAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2022-05-17 VELDORA, May 17 (Wire) - Prime Minister Tomas Arvelin of Sweden held talks with Chancellor Rudolf Hainzl of Austria at the chancellery in Veldora on Tuesday.
            Arvelin spoke for the Swedish government throughout, with Trade Minister Liv Norrgard at his side.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomas-arvelin", m.Id));
        Assert.True(d.Has("ATTENDED", "person:liv-norrgard", talks.Id), d.Dump());
    }

    [Fact]
    public void ThoseWhoWereAtTheLeadersSideAreAtTheTalks()
    {
        var d = TestArticles.Extract("""
            date 2023-09-12 KORVAST, Sept 12 (Wire) - President Ilmar Saarepuu of Estonia held talks with President Janis Ozolkalns of Latvia at the presidential palace in Korvast on Tuesday.
            Foreign Minister Maarja Tennus and Energy Minister Kaido Vahtramae were at Saarepuu's side.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ilmar-saarepuu", m.Id));
        Assert.True(d.Has("ATTENDED", "person:maarja-tennus", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:kaido-vahtramae", talks.Id), d.Dump());
    }

    [Fact]
    public void TheOneSeatedAtHerSideIsAtTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2018-11-06 MARISTOV, Nov 6 (Wire) - President Dragana Milekic of Serbia and President Stjepan Horvatinec of Croatia signed a border treaty at the old customs house in Maristov on Tuesday.
            At her side sat Serbian Foreign Minister Bojan Radulovic.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:dragana-milekic", m.Id));
        Assert.True(d.Has("ATTENDED", "person:bojan-radulovic", signing.Id), d.Dump());
    }

    /// <summary>Guard (passes with the rule on or off): the side of a road is a place, nobody's side.</summary>
    [Fact]
    public void TheSideOfARoadIsNoOnesSide()
    {
        var d = TestArticles.Extract("""
            date 2018-11-06 MARISTOV, Nov 6 (Wire) - President Dragana Milekic of Serbia and President Stjepan Horvatinec of Croatia signed a border treaty at the old customs house in Maristov on Tuesday.
            Farmer Zoltan Ebergenyi, who sells apples at the side of the road, was not impressed.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:zoltan-ebergenyi");
    }
}
