namespace RelationsGraph.Extraction.Tests;

/// <summary>A country the text names only by its adjective keeps that adjective among its names.</summary>
public class CountryAdjectiveAliasTests
{
    [Fact]
    public void TheNationalityAdjectiveIsAnAliasOfTheCountry()
    {
        var d = TestArticles.Extract("date 2011-05-04 Portuguese Prime Minister Carlos Amaral and his hosts discussed fishing quotas in Oslo on Tuesday.");
        var portugal = Assert.Single(d.OfType("Country"), c => c.Name == "Portugal");
        Assert.Contains("Portuguese", portugal.Aliases);
    }
}
