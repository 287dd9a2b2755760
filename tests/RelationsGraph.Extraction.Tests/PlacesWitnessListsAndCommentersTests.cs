namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Countries near a document that are not its sides: the place it was made (a last guess only), a list of witnesses after
/// the role, the country of an official who only tells or remarks on it, and a country that only places a town.
/// </summary>
public class PlacesWitnessListsAndCommentersTests
{
    // Pattern: a role before a coordinated list of people ("witnesses were A, B and C") covers every name of the list.
    [Fact]
    public void EveryNameOfAWitnessListIsAThirdParty()
    {
        var d = TestArticles.Extract("""
            date 2024-06-12 The Ethiopian and Eritrean leaders, Prime Minister Abiy Ahmed and President Isaias Afwerki, held talks in Jeddah on Wednesday before signing a border agreement.
            Looking on as witnesses were Kenyan President William Ruto, Djiboutian President Ismail Omar Guelleh and Somali President Hassan Sheikh Mohamud.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:et", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:dj", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:so", agreement.Id), d.Dump());
    }

    // Pattern: where a document was made names no side of it; "the two countries" names the sides instead.
    [Fact]
    public void ThePlaceOfMakingGivesWayToTheTwoCountries()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Peruvian President Dina Boluarte and Ecuadorean President Daniel Noboa met in Lima on Tuesday.
            The 1998 border treaty, signed in Brazil after years of talks, still guides how the two countries settle their disputes.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Year == 1998);
        Assert.False(d.Has("PARTY_TO", "country:br", treaty.Id), d.Dump());
    }

    // Pattern: the country of an official who only tells or remarks on a document is not bound by it (all verbs of telling).
    [Fact]
    public void AnOfficialWhoToldReportersBindsNoCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed the Baltic Fisheries Agreement on Tuesday.
            Maltese Foreign Minister Ian Borg told reporters the Baltic Fisheries Agreement would be a model for the Mediterranean.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:pl", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
    }

    // Pattern: "in Town, Country" says where something happened, whatever the verb before it.
    [Fact]
    public void ACountryPlacingTheTownOfAMeetingIsNoSide()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Georgia and Armenia signed a transit agreement at a ministerial meeting in Sintra, Portugal, on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:ge", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:pt", agreement.Id), d.Dump());
    }
}
