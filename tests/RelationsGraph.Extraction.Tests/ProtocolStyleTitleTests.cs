namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Press-release and protocol-list titles that name the state last: "the Minister of Foreign Affairs of Paraguay, X" before the
/// name, and "Mr. X, Vice Minister of Foreign Affairs of the Republic of Y" after it.
/// </summary>
public class ProtocolStyleTitleTests
{
    [Fact]
    public void ALongPortfolioTitleBeforeTheNameKeepsTheCountryAfterItsLastOf()
    {
        var d = TestArticles.Extract("date 2024-06-02 The host welcomed the Minister of Foreign Trade and Investment of Chile, Ramiro Lagos; the talks lasted an hour.");
        Assert.True(d.Has("REPRESENTS", "person:ramiro-lagos", "country:cl"), d.Dump());
    }

    [Fact]
    public void APortfolioEndingInARegionGivesNoCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The meeting was opened by the Special Envoy for the Horn of Africa, Tomas Brandt, in Nairobi.");
        Assert.False(d.Has("REPRESENTS", "person:tomas-brandt", "country:ke"), d.Dump());
    }

    [Fact]
    public void ACapitalisedTitleAfterTheNameEndingInTheStateGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The visitors were received by His Excellency Mr. Oduya Mensah, Deputy Minister of Foreign Affairs of the Republic of Ghana, on Monday.");
        Assert.True(d.Has("REPRESENTS", "person:oduya-mensah", "country:gh"), d.Dump());
    }

    [Fact]
    public void AFormerTitleMarkedThenStillGivesTheCountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 The protocol was signed in 2019 by Mr. Lars Ekdahl, then Assistant Minister for Trade of Sweden, and a Finnish official.");
        Assert.True(d.Has("REPRESENTS", "person:lars-ekdahl", "country:se"), d.Dump());
    }

    [Fact]
    public void AnAmbassadorOfOneStateToAnotherIsNotTheHostsOfficial()
    {
        var d = TestArticles.Extract("date 2024-06-02 A wreath was laid by Mr. Ivo Pranjic, Ambassador of Croatia to Chile, at the memorial in Santiago.");
        Assert.False(d.Has("REPRESENTS", "person:ivo-pranjic", "country:cl"), d.Dump());
    }

    [Fact]
    public void ALineOfOfficesEachWithItsStateAndHolderWithNoFormOfAddressGivesEachHolderTheirState()
    {
        var d = TestArticles.Extract("date 2024-06-02 The charter was signed by President of the Republic of Kazakhstan Daler Kurbanov, President of the Russian Federation Ivan Sorokin and President of the Republic of Moldova Emil Rastov.");
        Assert.True(d.Has("REPRESENTS", "person:daler-kurbanov", "country:kz"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:ivan-sorokin", "country:ru"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:emil-rastov", "country:md"), d.Dump());
    }

    [Fact]
    public void ALongPortfolioOfAFormalStateNameBeforeAHoldersNameGivesThatState()
    {
        var d = TestArticles.Extract("date 2024-06-02 On Monday the visitor called on Foreign Minister of the Kyrgyz Republic Bolot Sydykov in his office.");
        Assert.True(d.Has("REPRESENTS", "person:bolot-sydykov", "country:kg"), d.Dump());
    }
}
