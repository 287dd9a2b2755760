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

    [Fact]
    public void AContractWithItsSumBeforeTheNounIsStillSigned()
    {
        var d = TestArticles.Extract("""
            date 2033-05-11 President Lina Oberg of Sweden met President Tomas Reyes of Peru in Lima on Wednesday.
            In 2031 Peru signed a $2.4 billion contract with a Swedish shipyard for six patrol vessels.
            """);
        var contract = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2031, contract.Year);
    }

    [Fact]
    public void AContractWhoseSigningTheMinistersAttendedIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2033-05-11 President Lina Oberg of Sweden met President Tomas Reyes of Peru in Lima on Wednesday.
            Both defence ministers looked on at the signing of a contract by which Peru is to acquire four coastal radars.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AContractToldByItsParticipleOfSigningIsAnAgreement()
    {
        var d = TestArticles.Extract("""
            date 2033-05-11 President Lina Oberg of Sweden met President Tomas Reyes of Peru in Lima on Wednesday.
            The port at Callao was rebuilt by a Swedish group under a contract signed in 2027, officials said.
            """);
        var contract = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2027, contract.Year);
    }
}
