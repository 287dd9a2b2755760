namespace RelationsGraph.Extraction.Tests;

/// <summary>A venue whose name starts with a known city, country or title is one place, not a city and a fragment.</summary>
public class VenueNameTests
{
    [Theory]
    [InlineData("The ministers met at the Nairobi Exhibition Centre on Monday.", "Nairobi Exhibition Centre")]
    [InlineData("The president landed at Accra International Airport on Monday.", "Accra International Airport")]
    [InlineData("The delegation landed at King Fahd International Airport on Monday.", "King Fahd International Airport")]
    [InlineData("The guests toured the National Museum of Textiles on Monday.", "National Museum of Textiles")]
    [InlineData("The plane landed at Oslo Town Airport on Monday.", "Oslo Town Airport")]
    public void TheWholeVenueNameIsOnePlace(string sentence, string venue)
    {
        var d = TestArticles.Extract("date 2024-06-02 " + sentence);
        var place = Assert.Single(d.OfType("Place"));
        Assert.Equal(venue, place.Name);
    }

    [Fact]
    public void AVenueInACapitalIsLocatedInItsCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Kenya and Uganda signed the pact at the Nairobi Exhibition Centre on Monday.");
        Assert.True(d.Has("LOCATED_IN", "place:nairobi-exhibition-centre", "country:ke"), d.Dump());
    }

    [Fact]
    public void AChamberOfALegislatureIsNoVenue()
    {
        var d = TestArticles.Extract("date 2024-06-02 The bill passed the U.S. House of Representatives on Monday.");
        Assert.Empty(d.OfType("Place"));
    }
}

/// <summary>International bodies, armed movements and companies that diplomatic news names, known as organizations.</summary>
public class OrganizationKnowledgeTests
{
    [Theory]
    [InlineData("The Amazon Cooperation Treaty Organization met in Lima on Monday.", "organization:amazon-cooperation-treaty-organization")]
    [InlineData("Ministers of the Organization for Security and Co-operation in Europe met in Malta.", "organization:organization-for-security-and-co-operation-in-europe")]
    [InlineData("The government signed a truce with the M23 in Doha on Monday.", "organization:march-23-movement")]
    [InlineData("The state oil firm signed a supply deal with TotalEnergies in Luanda.", "organization:totalenergies")]
    public void KnownOrganizationsAreFound(string sentence, string id)
    {
        var d = TestArticles.Extract("date 2024-06-02 " + sentence);
        Assert.Contains(d.OfType("Organization"), o => o.Id == id);
    }
}

/// <summary>A seat of government that speaks stands for the government, not for a place.</summary>
public class SeatOfGovernmentTests
{
    [Fact]
    public void ASpeakingSeatOfGovernmentIsNoPlace()
    {
        var d = TestArticles.Extract("date 2024-06-02 The Kremlin said the talks with Hungary had gone well.");
        Assert.Empty(d.OfType("Place"));
    }

    [Fact]
    public void ASeatOfGovernmentAfterALocativeIsAPlace()
    {
        var d = TestArticles.Extract("date 2024-06-02 Putin received the Hungarian prime minister at the Kremlin, which said the talks went well.");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Kremlin");
    }
}

/// <summary>A capital that is a journey's destination or where something happens is a place, not a government.</summary>
public class CapitalAsDestinationTests
{
    [Theory]
    [InlineData("The prime minister later departed for Nairobi after the talks.")]
    [InlineData("The trucks will run through Nairobi from next year.")]
    [InlineData("The next stop is Nairobi, where the minister will open a fair.")]
    public void ADestinationCapitalIsAPlace(string sentence)
    {
        var d = TestArticles.Extract("date 2024-06-02 " + sentence);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Nairobi");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Id == "country:ke");
    }
}

/// <summary>A capital in the name of a document or process is neither the government nor a place.</summary>
public class CapitalInADocumentNameTests
{
    [Fact]
    public void ACapitalNamingADocumentIsNoCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Chile and Peru recalled the Nairobi Declaration when they met in Lima.");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Id == "country:ke");
    }
}
