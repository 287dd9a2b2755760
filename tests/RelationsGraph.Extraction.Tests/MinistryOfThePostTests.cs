namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, Norway's State Secretary at the Interior Ministry, said": the ministry a post sits in ends the apposition, not its office.</summary>
public class MinistryOfThePostTests
{
    private const string Opening = "date 2024-03-05 Delegates from four states gathered in Nairobi on Tuesday to review a fisheries plan. ";

    [Fact]
    public void AMinisterOfStateAtANamedMinistryKeepsTheCountryOfTheOffice()
    {
        var d = TestArticles.Extract(Opening + "Talia Brenvik, Norway's Minister of State at the Fisheries Ministry, opened the first session.");
        Assert.True(d.Has("REPRESENTS", "person:talia-brenvik", "country:no"), d.Dump());
    }

    [Fact]
    public void ADeputySecretaryAtAMinistryOfAPortfolioKeepsTheCountryOfTheOffice()
    {
        var d = TestArticles.Extract(Opening + "The quotas were called too low by Oskar Vellund, Denmark's Deputy Secretary at the Ministry of Trade and Industry, who asked for a second round.");
        Assert.True(d.Has("REPRESENTS", "person:oskar-vellund", "country:dk"), d.Dump());
    }
}
