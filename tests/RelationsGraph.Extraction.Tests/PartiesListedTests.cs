namespace RelationsGraph.Extraction.Tests;

/// <summary>"The parties are A, B and C": a sentence listing the parties of the document told last names all its sides.</summary>
public class PartiesListedTests
{
    [Fact]
    public void EveryCountryListedAfterThePartiesAreIsBound()
    {
        var d = TestArticles.Extract("""
            date 2023-06-02 Trade ministers signed the Andes Customs Agreement in Lima on Friday, Peruvian officials said.
            The parties to the accord are Peru, Bolivia, Ecuador and Colombia, together with Chile.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "pe", "bo", "ec", "co", "cl" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", agreement.Id), d.Dump());
    }

    [Fact]
    public void PartiesWelcomedByOthersAreNotAList()
    {
        var d = TestArticles.Extract("""
            date 2023-06-02 Peru and Bolivia signed the Andes Customs Agreement in Lima on Friday.
            The parties were welcomed by officials from Chile and Argentina.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:cl", agreement.Id) || d.Has("PARTY_TO", "country:ar", agreement.Id), d.Dump());
    }

    [Fact]
    public void CountedSignatoryStatesAreARollOfTheSides()
    {
        var d = TestArticles.Extract("""
            date 1961-04-11 Envoys from seven governments signed the Orinoco Basin Navigation Treaty in Caracas on Tuesday.
            The seven signatory states are Venezuela, Colombia, Brazil, Guyana, Suriname, Ecuador and Peru.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "ve", "co", "br", "gy", "sr", "ec", "pe" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", agreement.Id), d.Dump());
    }

    [Fact]
    public void FoundingMembersListedAreBound()
    {
        var d = TestArticles.Extract("""
            date 1979-08-20 Ministers signed the charter of the Andean Fisheries Council in Quito on Monday.
            Its founding members were Ecuador, Peru, Chile and Colombia.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "ec", "pe", "cl", "co" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", agreement.Id), d.Dump());
    }
}
