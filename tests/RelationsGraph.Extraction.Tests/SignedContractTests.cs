namespace RelationsGraph.Extraction.Tests;

/// <summary>A contract is a document when signed, never when only priced or bid for (see SignedGeneralNoun).</summary>
public class SignedContractTests
{
    [Fact]
    public void AContractSignedAtAVisitIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2019-10-14 President Vladimir Putin met King Salman in Riyadh on Monday.
            The heads of the two oil companies signed a crude supply contract in front of the leaders.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AContractOnlyPricedOrSoughtIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-10-14 President Vladimir Putin met King Salman in Riyadh on Monday.
            Analysts said the contract could be worth billions, and three firms are bidding for a contract to build the port.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
