namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A partnership whose own clause says the sides founded it in a year ("the green partnership both sides founded in 2009") is
/// a framework of that year, its sides the story's pair, made by no meeting of the story; a partnership only
/// deepened is none (see PartnershipFoundedInAYear).
/// </summary>
public class PartnershipFoundedInAYearTests
{
    private static bool NamesATier(Model.ExtractedEntity a, string tier) =>
        a.Aliases.Append(a.Name).Any(x => x.Contains(tier, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void APartnershipTheSidesLaunchedInAYearIsAFrameworkOfThatYear()
    {
        var d = TestArticles.Extract("""
            date 2031-10-02 VALDIVIA, Oct. 2 (Wire) - President Ilse Marten of Austria held talks with President Rodrigo Falcon of Chile in Valdivia on Thursday.

            Their aides said the talks would give new content to the maritime strategic partnership the two governments launched in 2006, ahead of its anniversary.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "strategic partnership"));
        Assert.Equal(2006, tier.Year);
        Assert.True(d.Has("PARTY_TO", "country:at", tier.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cl", tier.Id), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == tier.Id);
    }

    [Fact]
    public void APartnershipThatDatesFromAYearIsAFrameworkOfThatYear()
    {
        var d = TestArticles.Extract("""
            date 2031-10-02 VALDIVIA, Oct. 2 (Wire) - President Ilse Marten of Austria held talks with President Rodrigo Falcon of Chile in Valdivia on Thursday.

            The comprehensive green partnership dates from 2019, when Falcon first toured Austrian hydropower plants.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "green partnership"));
        Assert.Equal(2019, tier.Year);
    }

    [Fact]
    public void APartnershipFoundedInAYearIsADocumentButOneOnlyDeepenedIsNot()
    {
        var d = TestArticles.Extract("""
            date 2031-10-02 VALDIVIA, Oct. 2 (Wire) - President Ilse Marten of Austria held talks with President Rodrigo Falcon of Chile in Valdivia on Thursday, and the two pledged to deepen their energy partnership.

            Port officials praised the maritime partnership, established in 2011 to share harbour data.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "partnership"));
        Assert.True(NamesATier(tier, "maritime partnership"), tier.Name);
        Assert.Equal(2011, tier.Year);
    }
}
