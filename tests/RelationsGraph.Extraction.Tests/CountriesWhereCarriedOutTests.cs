namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "clinics in six countries, among them A, B and C": countries listed as examples of where a document is carried out
/// are places, not its sides (CountriesWhereCarriedOut).
/// </summary>
public class CountriesWhereCarriedOutTests
{
    private const string Opening = """
        Health plan unveiled in Vienna

        date 2021-03-09 VIENNA - Austrian Health Minister Lara Vossberg presented the Danube Health Plan at a conference in Vienna on Monday.

        """;

    [Theory]
    [InlineData("The plan will begin with clinics in six countries, among them Kenya, Ghana and Malawi, officials said.\n")]
    [InlineData("The plan will pay for clinics across several African nations such as Kenya, Ghana and Malawi, officials said.\n")]
    public void ACountryListedAsWhereThePlanRunsIsNoSide(string sentence)
    {
        var d = TestArticles.Extract(Opening + sentence);
        var text = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Danube Health Plan"));
        Assert.False(d.Has("PARTY_TO", "country:ke", text.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:mw", text.Id), d.Dump());
    }
}
