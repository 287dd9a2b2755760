namespace RelationsGraph.Extraction.Tests;

/// <summary>Officials whose country is told after the name: an office apposition, or "of" and a country.</summary>
public class OfficeAfterNameTests
{
    [Fact]
    public void AnOfficeAppositionWithACountrysPossessiveGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The talks were led by Amadou Kone, Mali's national security adviser, and lasted two days.");
        Assert.True(d.Has("REPRESENTS", "person:amadou-kone", "country:ml"), d.Dump());
    }

    [Fact]
    public void AnOfficeOfACountrysBodyAfterTheNameGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The text was initialled by Farid Nazari, deputy chairman of Chad's council of ministers, on Friday.");
        Assert.True(d.Has("REPRESENTS", "person:farid-nazari", "country:td"), d.Dump());
    }

    [Fact]
    public void AnAdviserToAKnownLeaderServesThatLeadersCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The letter was carried to Lima by Rosa Quintero, an adviser to President Gustavo Petro of Colombia.");
        Assert.True(d.Has("REPRESENTS", "person:rosa-quintero", "country:co"), d.Dump());
    }

    [Fact]
    public void ANameFollowedByOfAndACountryAfterAPluralOfficeNounIsThatCountrys()
    {
        var d = TestArticles.Extract("date 2024-06-02 The forum was founded by the foreign ministers of the time, Tomas Ferreira of Portugal and Lena Hartmann of Austria.");
        Assert.True(d.Has("REPRESENTS", "person:tomas-ferreira", "country:pt"), d.Dump());
    }

    [Fact]
    public void TheLastOfALongListOfNamesWithOfAndACountryIsThatCountrys()
    {
        var d = TestArticles.Extract("date 2024-06-02 The forum was set up in Lisbon by the finance ministers of that decade, Rui Almeida of Portugal, Karl Weber of Germany and Piotr Nowak of Poland, who met twice a year.");
        Assert.True(d.Has("REPRESENTS", "person:piotr-nowak", "country:pl"), d.Dump());
    }

    [Fact]
    public void AnEnvoyOfAnOrganizationForACountryDoesNotRepresentIt()
    {
        var d = TestArticles.Extract("date 2024-06-02 Piet Vermaelen, the UN special envoy for Yemen, welcomed the truce in Muscat.");
        Assert.False(d.Has("REPRESENTS", "person:piet-vermaelen", "country:ye"), d.Dump());
    }

    [Fact]
    public void TheNextItemOfAListIsNoApposition()
    {
        var d = TestArticles.Extract("date 2024-06-02 Present were Brazil's foreign minister, Mauro Vieira, and Peru's trade minister, Elena Soto, among others.");
        Assert.False(d.Has("REPRESENTS", "person:mauro-vieira", "country:pe"), d.Dump());
    }

    [Fact]
    public void ACountryInsideALongerNameIsNotTheOfficialsCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Johan Berglund, the commander of the Liberation Front of Angola, spoke to reporters in Luanda.");
        Assert.False(d.Has("REPRESENTS", "person:johan-berglund", "country:ao"), d.Dump());
    }
}

/// <summary>A full name followed by "of the" and a body is one of that body's people.</summary>
public class MemberOfABodyTests
{
    [Fact]
    public void AFullNameOfTheMovementIsAPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 Also present were Oumar Diallo of the Unity and Renewal Movement and others, in Bamako.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Oumar Diallo");
    }
}

/// <summary>Officers of a state body named for its country ("the Philippine Coast Guard commandant") serve that country.</summary>
public class OfficerOfANationalBodyTests
{
    [Fact]
    public void AnOfficerOfABodyNamedForACountryServesIt()
    {
        var d = TestArticles.Extract("date 2024-06-02 Vietnam and Laos signed a pact. It was initialled by Tran Duc Minh, commander of the Vietnam Border Guard, on Friday.");
        Assert.True(d.Has("REPRESENTS", "person:tran-duc-minh", "country:vn"), d.Dump());
    }

    [Fact]
    public void AHeadOfAnAgencyNamedAfterItsCountryServesIt()
    {
        var d = TestArticles.Extract("date 2024-06-02 Iran and Oman held talks. Karim Sadeghi, head of the Atomic Energy Organization of Iran, met the inspectors.");
        Assert.True(d.Has("REPRESENTS", "person:karim-sadeghi", "country:ir"), d.Dump());
    }

    [Fact]
    public void AnOfficialInACountrysMinistryServesThatCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 India and Nepal signed a pact. Anil Mehra, a joint secretary in India's Ministry of External Affairs, signed it.");
        Assert.True(d.Has("REPRESENTS", "person:anil-mehra", "country:in"), d.Dump());
    }

    [Fact]
    public void ACapitalsEnvoyServesItsGovernment()
    {
        var d = TestArticles.Extract("date 2024-06-02 Serbia and the United States held talks. Tom Berg, Washington's envoy for the Balkans, praised the deal.");
        Assert.True(d.Has("REPRESENTS", "person:tom-berg", "country:us"), d.Dump());
    }

    [Fact]
    public void ACommanderOfAMovementNamedForACountryDoesNotServeIt()
    {
        var d = TestArticles.Extract("date 2024-06-02 Sudan held talks. Adam Idris, commander of the Sudan Liberation Movement, spoke in Juba.");
        Assert.False(d.Has("REPRESENTS", "person:adam-idris", "country:sd"), d.Dump());
    }
}

/// <summary>An office with a long portfolio before a comma and the name ("the Minister for Trade and the Pacific, X").</summary>
public class LongPortfolioBeforeTheNameTests
{
    [Fact]
    public void AnOfficeWithALongPortfolioBeforeACommaMakesThePersonAndKeepsTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Talks were held in Addis Ababa. Watching were the United States' special envoy for the Horn of Africa, Mark Tully, and others.");
        Assert.True(d.Has("REPRESENTS", "person:mark-tully", "country:us"), d.Dump());
        Assert.DoesNotContain(d.Entities, e => e.Name is "Horn" or "Africa");
    }

    [Fact]
    public void APortfolioWithoutACommaNamesNobody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Fiji and Tonga signed a pact. It was welcomed by the Minister for Trade and the Pacific Islands Forum on Monday.");
        Assert.DoesNotContain(d.Entities, e => e.Type == "Person");
    }

    [Fact]
    public void AnOfficeOwnedByAKnownLeaderServesTheLeadersCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Kenya and Uganda held talks in Kampala. President William Ruto's information minister, Peter Kamau, said the talks went well.");
        Assert.True(d.Has("REPRESENTS", "person:peter-kamau", "country:ke"), d.Dump());
    }
}
