namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Forms of news English that tell a person's country around the name: a trailing "of" and a country closing one person of a
/// list, a bare-apostrophe possessive, two offices joined by "and", a state body named for its country, a state body of a
/// country in an apposition, and a country named only in what an official reports.
/// </summary>
public class PersonCountryFormsTests
{
    private const string Opening = "date 2024-09-12 GENEVA, Sept 12 (Wire) - Ministers met in Geneva on Thursday for talks on river transport. ";

    [Fact]
    public void ACountryAfterOfClosesThePersonBeforeItAndIsNotTheNextOnesNationality()
    {
        var d = TestArticles.Extract(Opening + "The host held bilateral meetings with Acting Foreign Minister Daniyar Kosaev of Uzbekistan and Foreign Minister Pedro Almada of Paraguay.");
        Assert.True(d.Has("REPRESENTS", "person:daniyar-kosaev", "country:uz"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:pedro-almada", "country:py"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:pedro-almada", "country:uz"), d.Dump());
    }

    [Fact]
    public void ACountryNameEndingInSWithABareApostropheOwnsTheTitleAfterIt()
    {
        var d = TestArticles.Extract(Opening + "The Marshall Islands' President Hilda Karet said the islands had given ground.");
        Assert.True(d.Has("REPRESENTS", "person:hilda-karet", "country:mh"), d.Dump());
    }

    [Fact]
    public void TwoOfficesJoinedByAndShareTheOwnerBeforeTheFirst()
    {
        var d = TestArticles.Extract(Opening + "Kuwait's Prime Minister and Foreign Minister, Sheikh Nasser bin Fahad Al Jaber, read out the text.");
        Assert.True(d.Has("REPRESENTS", "person:nasser-bin-fahad-al-jaber", "country:kw"), d.Dump());
    }

    [Fact]
    public void AStateBodyNamedForItsCountryGivesItsSpokesmanThatCountry()
    {
        var d = TestArticles.Extract(Opening + "Chinese Foreign Ministry spokesman Zhao Minghui said the visit to China had been possible.");
        Assert.True(d.Has("REPRESENTS", "person:zhao-minghui", "country:cn"), d.Dump());
    }

    [Fact]
    public void AStateBodyOfACountryInAnAppositionGivesTheCountry()
    {
        var d = TestArticles.Extract(Opening + "The talks drew Milan Vukovic, president of the Government of Montenegro, to the lakeside.");
        Assert.True(d.Has("REPRESENTS", "person:milan-vukovic", "country:me"), d.Dump());
    }

    [Fact]
    public void AnOfficialsCountryIsNotTheOneNamedInWhatTheyReport()
    {
        var d = TestArticles.Extract("date 2024-09-12 LIMA, Sept 12 (Wire) - Peru and Chile signed a fisheries accord in Lima on Thursday. " +
                                     "Foreign Minister Elena Rojas said Peru had rejected a Chilean draft that would have closed the bay.");
        Assert.True(d.Has("REPRESENTS", "person:elena-rojas", "country:pe"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:elena-rojas", "country:cl"), d.Dump());
    }

    [Fact]
    public void ALeaderOfThePastRecalledWithoutTitleIsKnownWithTheirCountry()
    {
        var d = TestArticles.Extract(Opening + "The new text builds on a 1963 accord between France and Germany signed by Konrad Adenauer and a French delegation.");
        Assert.True(d.Has("REPRESENTS", "person:konrad-adenauer", "country:de"), d.Dump());
    }

    [Fact]
    public void AnOfficeOnlyOneCountryHasTellsTheCountryUnlessTheTextTellsAnother()
    {
        var d = TestArticles.Extract("date 1995-11-02 DAYTON, Nov 2 (Wire) - The United States and Ireland hosted talks on Thursday. " +
                                     "Assistant Secretary of State Richard Holm ran those talks. Taoiseach Aoife Byrne met Secretary of State Colm Walsh of Ireland.");
        Assert.True(d.Has("REPRESENTS", "person:richard-holm", "country:us"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:aoife-byrne", "country:ie"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:colm-walsh", "country:ie"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:colm-walsh", "country:us"), d.Dump());
    }

    [Fact]
    public void ARankOrARemitLeavesAOneCountryOfficeThatCountrys()
    {
        var d = TestArticles.Extract("The United States and France sent envoys to the lakeside town. " +
                                     "Delia Marsh, Assistant Secretary of State for Andean Affairs, said the talks were useful. " +
                                     "Acting Assistant Secretary of State Owen Tully joined them on Friday. " +
                                     "Paul Gerland, Secretary of State for Overseas Territories, also came.");
        Assert.True(d.Has("REPRESENTS", "person:delia-marsh", "country:us"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:owen-tully", "country:us"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:paul-gerland", "country:us"), d.Dump());
    }
}
