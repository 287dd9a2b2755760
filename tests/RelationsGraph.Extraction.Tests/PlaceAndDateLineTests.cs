namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A dateline on a line of its own, as press releases print it ("Suva, 2 April 2025"), with furniture before it or the
/// date first, and the colon dateline ("SUVA: ..."): each gives the dateline place when the knowledge holds the town.
/// </summary>
public class PlaceAndDateLineTests
{
    [Theory]
    [InlineData("Suva, 2 April 2025\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("*Suva, 2 April 2025* —\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("Media release No. 31 · Suva, April 2, 2025\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("Ocean Affairs · Suva · Wednesday, 2 April 2025\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("2 April 2025 | Suva\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("SUVA: Fiji and Tonga signed a fisheries accord on Wednesday, officials said.")]
    // Furniture after the date, set apart by a middle dot, a dash or a wide gap.
    [InlineData("**Suva, 2 April 2025 · For immediate release**\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("*Suva, Wednesday 2 April 2025 — Media statement*\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("*Ocean Affairs · Suva, 2 April 2025 · by Mere Tuilagi*\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("Suva, 2 April 2025                 EMBARGO: NONE\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    public void APlaceAndDateLineGivesTheDatelinePlace(string opening)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + opening);
        Assert.Equal("Suva", article.DatelinePlace, ignoreCase: true);
    }

    [Theory]
    [InlineData("By Mere Tuilagi, 2 April 2025\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("Wednesday, April 2, 2025\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("NOTE: Fiji and Tonga signed a fisheries accord on Wednesday, officials said.")]
    [InlineData("Suva, 2 April 2025, was the day Fiji and Tonga signed a fisheries accord after talks that ran all night.\n\nThe text was published later.")]
    public void ALineThatNamesNoKnownTownGivesNoDatelinePlace(string opening)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + opening);
        Assert.Null(article.DatelinePlace);
    }

    // A newsroom page prints the town beside the byline instead of in a dateline.
    [Theory]
    [InlineData("By Mere Tuilagi and Pita Kaloumaira · Suva · Wednesday 2 April 2025, 17:40 FJT\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("By Mere Tuilagi · SUVA\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("Mere Tuilagi, Suva | 2 April 2025 | Updated 17:40\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    public void ATownAfterTheBylineGivesTheDatelinePlace(string opening)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + opening);
        Assert.Equal("Suva", article.DatelinePlace, ignoreCase: true);
    }

    // A news site's page: masthead, date, a section menu of one word a line, kicker, headline and standfirst above the byline.
    [Fact]
    public void ATownBelowASectionMenuGivesTheDatelinePlace()
    {
        const string opening = "LAGOON LEDGER\nWednesday, 2 April 2025\nHome\nRegion\nFisheries\nEconomy\nOpinion\nSport\nPodcasts\nFISHERIES\n" +
                               "Fiji and Tonga seal a tuna accord after a night of talks\nThe two ministers agree on shared patrols of the outer reefs\n" +
                               "Staff reporter · Suva · 2 April 2025 · updated 17:40\n\nFiji and Tonga signed a fisheries accord on Wednesday.";
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + opening);
        Assert.Equal("Suva", article.DatelinePlace, ignoreCase: true);
    }

    [Theory]
    [InlineData("By Mere Tuilagi · Pacific desk\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("Mere Tuilagi, Fisheries Correspondent\n\nFiji and Tonga signed a fisheries accord on Wednesday.")]
    public void ABylineWithoutAKnownTownGivesNoDatelinePlace(string opening)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + opening);
        Assert.Null(article.DatelinePlace);
    }

    [Fact]
    public void TheReleaseTownPlacesTheTalksTheTextPlacesNowhere()
    {
        var d = TestArticles.Extract("date 2025-04-02\nTalks held\n\nSuva, 2 April 2025\n\nFijian Prime Minister Sitiveni Rabuka held talks with Tongan Prime Minister Aisake Eke on Wednesday.");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:suva"), d.Dump());
    }
}

/// <summary>
/// A wire file's masthead in capitals above the story ("REEF WIRE -- ISLANDS DESK") is not its dateline: the later line
/// naming a known town is; a lone capitals dateline naming a town the knowledge lacks is still read.
/// </summary>
public class MastheadAboveTheDatelineTests
{
    [Theory]
    [InlineData("REEF WIRE -- ISLANDS DESK\n\nSUVA, April 2 (Reef Wire) - Fiji and Tonga signed a fisheries accord on Wednesday.")]
    [InlineData("THE LAGOON COURIER — Online\n\nSUVA — Fiji and Tonga signed a fisheries accord on Wednesday, officials said.")]
    public void TheDatelineBelowAMastheadGivesTheTown(string opening)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + opening);
        Assert.Equal("Suva", article.DatelinePlace, ignoreCase: true);
    }

    [Fact]
    public void ALoneDatelineOfAnUnlistedTownIsKept()
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\nTAVOLEVU, April 2 (Reef Wire) - Fiji and Tonga signed a fisheries accord on Wednesday.");
        Assert.Equal("TAVOLEVU", article.DatelinePlace);
    }
}
