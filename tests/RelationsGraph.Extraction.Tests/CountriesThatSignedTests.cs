namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A and B, the other two members, signed through their envoys", "... along with the delegations of A and B", "delegations of
/// many states put their names to it, among them A, B and C": states told as signing are sides of the document the sentence
/// names, else of the one told last (see CountriesThatSigned); a denied signing binds none.
/// </summary>
public class CountriesThatSignedTests
{
    [Fact]
    public void StatesAsTheSubjectOfABareSigningAreSides()
    {
        var d = TestArticles.Extract("""
            date 2019-03-09 The Lake Basin Water Charter was signed in Kigali on Saturday by Presidents Amadou Lere of Burundi, Tomas Ekwueme of Uganda and Halima Ruto of Kenya.
            Ethiopia and Sudan, the two other founding members, signed through their water ministers.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "bi", "ug", "ke", "et", "sd" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", charter.Id), iso + "\n" + d.Dump());
    }

    [Fact]
    public void StatesWhoseDelegationsSignedAlongAreSides()
    {
        var d = TestArticles.Extract("""
            date 2011-11-20 Foreign ministers of the region signed the Coastal Fisheries Convention in Colombo on Sunday.
            Sri Lanka's Kamal Perera and India's Rajiv Menon signed for their governments, along with the delegations of Nepal and Bhutan.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:np", convention.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:bt", convention.Id), d.Dump());
    }

    [Fact]
    public void StatesListedAmongTheSigningCountriesAreSides()
    {
        var d = TestArticles.Extract("""
            date 2001-05-14 Foreign Minister Ilse Varga of Austria became the first to sign the Danube Cluster Munitions Convention in Vienna on Monday.
            By nightfall, delegations from more than sixty countries had signed the convention, among them Portugal, Chile, Ghana and New Zealand.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        foreach (var iso in new[] { "at", "pt", "cl", "gh", "nz" })
            Assert.True(d.Has("PARTY_TO", $"country:{iso}", convention.Id), iso + "\n" + d.Dump());
    }

    [Fact]
    public void StatesThatDidNotSignAreNoSides()
    {
        var d = TestArticles.Extract("""
            date 2001-05-14 Foreign Minister Ilse Varga of Austria became the first to sign the Danube Cluster Munitions Convention in Vienna on Monday.
            Portugal and Chile did not sign.
            """);
        var convention = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:pt", convention.Id) || d.Has("PARTY_TO", "country:cl", convention.Id), d.Dump());
    }

    [Fact]
    public void StatesSigningFarFromTheDocumentAreNoSides()
    {
        var d = TestArticles.Extract("""
            date 2019-03-09 The Lake Basin Water Charter was signed in Kigali on Saturday by Presidents Amadou Lere of Burundi, Tomas Ekwueme of Uganda and Halima Ruto of Kenya.
            The talks had been delayed twice by rains that closed the airport.
            Ethiopia and Sudan signed on after long talks.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:et", charter.Id) || d.Has("PARTY_TO", "country:sd", charter.Id), d.Dump());
    }
}
