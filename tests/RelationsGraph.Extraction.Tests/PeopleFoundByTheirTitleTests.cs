namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// People named after a title written in lower case or as a comma list of portfolios, given names that look like month
/// abbreviations, name suffixes before an apposition, and officials described by a relative clause.
/// </summary>
public class PeopleFoundByTheirTitleTests
{
    [Fact]
    public void ALowerCasePortfolioTitleBeforeACommaNamesTheCountrysOfficial()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Ghana and Norway signed a fisheries accord on Friday.
            Ghana's minister of lands and forestry, Kwabena Asare, attended the ceremony.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kwabena-asare", "country:gh"), d.Dump());
    }

    [Fact]
    public void APortfolioListWithCommasBelongsToTheTitleNotToAName()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Chile and Peru signed a trade accord on Friday.
            Peru's Minister of Trade, Industry and Energy, Rosa Quispe Huaman, signed for Lima.
            """);
        Assert.True(d.Has("REPRESENTS", "person:rosa-quispe-huaman", "country:pe"), d.Dump());
        Assert.DoesNotContain(d.Entities, e => e.Id is "person:industry" or "person:energy");
    }

    [Fact]
    public void JanBeforeASurnameIsAGivenName()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Talks on the border resumed in Geneva on Friday.
            Jan Verhoeven, the UN mediator, said both sides had agreed to meet again.
            """);
        Assert.Contains(d.Entities, e => e.Id == "person:jan-verhoeven");
    }

    [Fact]
    public void AHyphenedVicePresidentInAppositionShowsAPerson()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            The bank opened a regional office in Tashkent on Friday.
            Stavros Mileas, vice-president of the regional development bank, signed two loan agreements.
            """);
        Assert.Contains(d.Entities, e => e.Id == "person:stavros-mileas");
    }

    [Fact]
    public void ANameSuffixWithItsStopDoesNotHideTheApposition()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            The boundary talks ended in Manila on Friday.
            Ramon Dizon Jr., the senior official who led the technical team, said more rounds would follow.
            """);
        Assert.Contains(d.Entities, e => e.Id.StartsWith("person:ramon-dizon", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceInTheOfficialsRelativeClauseDoesNotBlockTheHomeCountry()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - Norway will raise its aid budget next year.
            Fisheries Minister Kari Lundgren, who prepared the deal on a trip to Reykjavik and Akureyri, said the quota talks would resume.
            """);
        Assert.True(d.Has("REPRESENTS", "person:kari-lundgren", "country:no"), d.Dump());
    }

    [Fact]
    public void ACountryRepresentedBySomeoneWithANonOfficeTitleIsStillTheirs()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Security talks were held in Amman on Friday.
            Canada was represented by Laura Pinkerton, the cabinet coordinator for the Middle East, and by two aides.
            """);
        Assert.True(d.Has("REPRESENTS", "person:laura-pinkerton", "country:ca"), d.Dump());
    }

    [Fact]
    public void ArabicFamilyNamesWithTheirArticleStayOneName()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Gulf ministers met in Doha on Friday.
            Oman's Foreign Minister, Sheikh Salim Hamad Al-Rashid Al-Busaidi, announced the agreement.
            """);
        Assert.True(d.Has("REPRESENTS", "person:salim-hamad-al-rashid-al-busaidi", "country:om"), d.Dump());
    }

    [Fact]
    public void APluralOfficeInAppositionBeforeAPairDistributesOverIt()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            India and Pakistan held talks in Lahore on Friday.
            Indian Foreign Minister Rahul Mehta arrived in the morning.
            The joint statement asks the foreign ministers, Rahul Mehta and Imran Qadir, to meet every year.
            """);
        Assert.True(d.Has("REPRESENTS", "person:imran-qadir", "country:pk"), d.Dump());
    }

    [Fact]
    public void ABareCapitalisedTitleAfterAFullNameShowsAPerson()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Security talks were held in Amman on Friday.
            Margaret Olsen, Assistant Secretary of State for Consular Affairs, said the talks had been useful.
            """);
        Assert.Contains(d.Entities, e => e.Id == "person:margaret-olsen");
    }

    [Fact]
    public void ARegionBeforeABareTitleIsNoName()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Security talks were held in Amman on Friday.
            Canada was represented by Laura Pinkerton, the coordinator for West Asia and North Africa, and Margaret Olsen, Assistant Secretary for Consular Affairs.
            """);
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:north-africa");
    }
}
