namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A and B raised their ties to a strategic partnership": a partnership that a verb of raising takes relations up to is a
/// framework the sides agree then, with the raising's subject or "between" pair for its sides (see RaisedToAPartnership).
/// </summary>
public class RaisedToAPartnershipTests
{
    private static bool NamesATier(Model.ExtractedEntity a, string tier) =>
        a.Aliases.Append(a.Name).Any(x => x.Contains(tier, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void TiesRaisedToAPartnershipAreAFrameworkOfTheRaisingStates()
    {
        var d = TestArticles.Extract("""
            date 2022-03-10 KORVA, March 10 (Wire) - Estonia and Chile raised their ties to a strategic partnership on Thursday after President Aldo Venn held two hours of talks with his guest, President Mirela Sand, at the lakeside Korva residence.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "strategic partnership"));
        Assert.True(d.Has("PARTY_TO", "country:ee", tier.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cl", tier.Id), d.Dump());
    }

    [Fact]
    public void RelationsBetweenTwoStatesElevatedToATitledPartnershipAreTheirFramework()
    {
        var d = TestArticles.Extract("""
            date 2021-11-04 VELM, Nov. 4 (Wire) - At the close of their morning talks in Velm, both leaders agreed to elevate relations between Norway and Peru to a Comprehensive Partnership, Danish and Swiss officials who attended as observers said.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "Comprehensive Partnership"));
        Assert.True(d.Has("PARTY_TO", "country:no", tier.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pe", tier.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:dk", tier.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:ch", tier.Id), d.Dump());
    }

    [Fact]
    public void ARaiseToldInAWhenClauseOfAnEarlierVisitIsNoProductOfTheStorysTalks()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20 KORVA, May 20 (Wire) - President Aldo Venn of Estonia held talks with President Mirela Sand of Chile in Korva on Monday.

            The talks came a year after Venn's first visit to the southern port of Tarrow, when Estonia and Chile lifted their relations to a strategic partnership.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "strategic partnership"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == tier.Id);
    }

    [Fact]
    public void ARaiseToldAsDoneMakesAPartnershipButARaiseDiscussedDoesNot()
    {
        var d = TestArticles.Extract("""
            date 2021-11-04 VELM, Nov. 4 (Wire) - President Aldo Venn and President Mirela Sand discussed raising relations between Norway and Peru to the level of a maritime partnership during their talks in Velm.

            Across the hall, Estonia and Chile upgraded their relationship to a special partnership after a shorter meeting of their foreign ministers.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "partnership"));
        Assert.True(NamesATier(tier, "special partnership"), tier.Name);
    }
}
