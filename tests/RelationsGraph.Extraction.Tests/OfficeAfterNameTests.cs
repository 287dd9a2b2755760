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
