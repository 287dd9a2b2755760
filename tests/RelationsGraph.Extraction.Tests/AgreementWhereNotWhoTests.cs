namespace RelationsGraph.Extraction.Tests;

/// <summary>Countries named as the place of signing or as commentators are not bound; sides named after a full title are.</summary>
public class AgreementWhereNotWhoTests
{
    [Fact]
    public void TheDatelinesCountryIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 VALLETTA, Malta - Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed a fisheries agreement on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:pl", agreement.Id), d.Dump());
    }

    [Fact]
    public void ACountryThatOnlyCommentsOnTheDocumentIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed a fisheries agreement on Tuesday.
            Maltese officials called the agreement a model for the region.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
    }

    [Fact]
    public void ACapitalInThePlacePhraseOfTheSigningIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 The agreement between Poland and Sweden was signed in a conference room of a Valletta hotel by the two foreign ministers on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
    }

    [Fact]
    public void ANationalityThatOnlyPlacesTheTownIsNoParty()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Foreign Minister Radoslaw Sikorski and Swedish Foreign Minister Tobias Billstrom signed a fisheries agreement in the Maltese fishing town of Marsaxlokk on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", agreement.Id), d.Dump());
    }

    [Fact]
    public void SidesNamedAfterAFullTitleAreItsParties()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Maltese Prime Minister Robert Abela hosted the signing of the Joint Declaration of Valletta for Fisheries and Peace between Poland and Sweden on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:pl", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:se", agreement.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:mt", agreement.Id), d.Dump());
    }
    // Pattern: a country's own name after the place phrase of a making verb ("signed in Town, Country") is where, not who.
    [Fact]
    public void ACountryNamedAsThePlaceOfSigningIsNoPartyWhenOtherSidesAreNamed()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 The Chilean and Bolivian water accord, signed in Ushuaia, Argentina, last spring, is to be reviewed by a joint commission.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("PARTY_TO", "country:ar", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cl", agreement.Id), d.Dump());
    }

    // Pattern: named alone, the place of making stays the best guess (a grouping's document signed in one of its members).
    [Fact]
    public void ACountryNamedAloneAsThePlaceOfSigningStaysAGuess()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 The Andean fisheries treaty, signed at Arica, Chile, in 2011, has been amended twice since.
            """);
        Assert.Contains(d.OfType("Agreement"), a => d.Has("PARTY_TO", "country:cl", a.Id));
    }
}
