namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A pair of states holds one tier of relations at a time: the same partnership tier told twice is one framework, and a joint
/// statement named after the tier it confers is that framework's text (see PartnershipTier).
/// </summary>
public class PartnershipTierTests
{
    private static bool NamesATier(Model.ExtractedEntity a, string tier) =>
        a.Aliases.Append(a.Name).Any(x => x.Contains(tier, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void TheSameTierToldTwiceIsOneFramework()
    {
        var d = TestArticles.Extract("""
            date 2022-03-10 KORVA, March 10 (Wire) - Estonia and Chile lifted their relations to an enhanced strategic partnership on Thursday, the second day of a visit by President Mirela Sand.

            At the end of the talks Sand and her host, President Aldo Venn, signed the paper raising the relationship to an enhanced strategic partnership, before a lunch at the harbour.
            """);
        Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "enhanced strategic partnership"));
    }

    [Fact]
    public void AJointStatementOnTheTierItConfersIsItsText()
    {
        var d = TestArticles.Extract("""
            date 2022-03-10 KORVA, March 10 (Wire) - Estonia and Chile raised the ties between them to a comprehensive strategic partnership during a Thursday visit by President Mirela Sand to Korva.

            Sand and President Aldo Venn later signed a joint statement on the Estonian-Chilean comprehensive strategic partnership, with a chapter on fisheries.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "comprehensive strategic partnership"));
        Assert.True(NamesATier(tier, "joint statement"), string.Join(" | ", tier.Aliases));
    }

    [Fact]
    public void AJointStatementOnEstablishingThePartnershipIsItsText()
    {
        var d = TestArticles.Extract("""
            date 2022-03-10 KORVA, March 10 (Wire) - President Aldo Venn and President Mirela Sand decided on Thursday to elevate relations between Estonia and Chile to an all-season cooperative partnership.

            A Joint Statement on the founding of the partnership was issued when their talks ended.
            """);
        var tier = Assert.Single(d.OfType("Agreement"), a => NamesATier(a, "partnership"));
        Assert.True(NamesATier(tier, "joint statement"), string.Join(" | ", tier.Aliases));
    }
}
