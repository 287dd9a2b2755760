namespace RelationsGraph.Extraction.Tests;

/// <summary>"the 1938 agreement between Imperial Germany and Latvia": a regime's epithet before a listed side does not end the "between" list (AgreementMentionFinder.QualifiedSide).</summary>
public class BetweenQualifiedSidesTests
{
    [Fact]
    public void AnEpithetBeforeASideKeepsTheListedSidesAlone()
    {
        var d = TestArticles.Extract("""
            Island charter signed

            date 2023-09-12 TALVEN - Estonia dropped its demand that the charter condemn the Kessel Pact, the 1938 agreement between Imperial Germany and Latvia under which Estonia lost two islands.
            """);
        var kessel = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel"));
        Assert.True(d.Has("PARTY_TO", "country:de", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lv", kessel.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ee", kessel.Id), d.Dump());
    }

    [Fact]
    public void AnEpithetAfterTheSecondSideAlsoHolds()
    {
        var d = TestArticles.Extract("""
            Border talks resume

            date 2021-04-02 MARDEN - Officials from Norway said the talks would revisit the Orlen Accord, the 1920 treaty between Finland and Soviet Russia that fixed the northern line.
            """);
        var orlen = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Orlen"));
        Assert.True(d.Has("PARTY_TO", "country:fi", orlen.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:no", orlen.Id), d.Dump());
    }
}

/// <summary>"a 1911 treaty between Sweden, at that time the ruling power in Finland, and Russia": an aside glossing a listed side does not end the "between" list, and a country inside it is no side (AgreementMentionFinder.SideAsideEnd).</summary>
public class BetweenSidesWithAnAsideTests
{
    [Fact]
    public void TheCountryOfTheAsideIsNoSide()
    {
        var d = TestArticles.Extract("""
            River line disputed again

            date 2022-06-14 HALMO - Fishermen say the river line was drawn badly by a 1911 treaty between Sweden, at that time the ruling power in Finland, and Russia.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("1911"));
        Assert.True(d.Has("PARTY_TO", "country:se", treaty.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:ru", treaty.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", treaty.Id), d.Dump());
    }
}
