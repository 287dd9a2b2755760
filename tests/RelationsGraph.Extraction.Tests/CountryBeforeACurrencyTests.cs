namespace RelationsGraph.Extraction.Tests;

/// <summary>"US$40 million", "3 billion US dollars": a country's name qualifying a currency names the money, not the state.</summary>
public class CountryBeforeACurrencyTests
{
    [Fact]
    public void ACountryBeforeACurrencySignOrNounIsNoCountry()
    {
        var d = TestArticles.Extract("date 2024-02-14 The port accord was signed in Apia on Wednesday. " +
                                     "The wharf will cost US$40 million, and trade between the islands passed 3 billion US dollars last year.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "country:us");
    }

    [Fact]
    public void TheCountryNamedElsewhereStaysACountry()
    {
        var d = TestArticles.Extract("date 2024-02-14 The port accord was signed in Apia on Wednesday. " +
                                     "The US will lend US$40 million for the wharf.");
        Assert.Contains(d.Entities, e => e.Id == "country:us");
    }
}
