namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// The home country of a story read from datelines in more of their printed forms (several towns joined by slashes, a town's
/// region before the date, a capital's other spellings), and the titles that give no official the home country.
/// </summary>
public class HomeCountryReadingTests
{
    [Fact]
    public void TownsOfOneCountryJoinedBySlashesGiveTheFirstTown()
    {
        var article = TestArticles.Read("date 2025-04-02\nTrade talks\n\nSYDNEY/MELBOURNE, April 2 (Wire) - Australia and Chile signed a trade protocol on Wednesday.");
        Assert.Equal("SYDNEY", article.DatelinePlace);
        Assert.DoesNotContain("MELBOURNE", article.Text);
    }

    [Fact]
    public void TownsOfTwoCountriesGiveNoDatelinePlace()
    {
        var article = TestArticles.Read("date 2025-04-02\nTrade talks\n\nSYDNEY/SANTIAGO, April 2 (Wire) - Australia and Chile signed a trade protocol on Wednesday.");
        Assert.Null(article.DatelinePlace);
    }

    [Fact]
    public void ATownsRegionBeforeTheDateStillGivesTheTown()
    {
        var article = TestArticles.Read("date 2025-04-02\nTrade talks\n\nCusco, Cusco Region, 2 April 2025\n\nPeru and Chile signed a trade protocol on Wednesday.");
        Assert.Equal("Cusco", article.DatelinePlace);
    }

    [Fact]
    public void AnotherSpellingOfACapitalGivesItsCountry()
    {
        var d = TestArticles.Extract("date 2025-04-02 NAY PYI TAW, April 2 (Wire) - Myanmar and Thailand agreed on Wednesday to reopen a border crossing. " +
                                     "Commerce Minister Thura Zaw Lin said the crossing would open in May.");
        Assert.True(d.Has("REPRESENTS", "person:thura-zaw-lin", "country:mm"), d.Dump());
    }

    [Fact]
    public void AUnionMinisterIsAMinisterOfTheState()
    {
        var d = TestArticles.Extract("date 2025-04-02 NEW DELHI, April 2 (Wire) - India and Nepal agreed on Wednesday to build a second power line. " +
                                     "Union Power Minister Rakesh Varadan said work would start in May.");
        Assert.True(d.Has("REPRESENTS", "person:rakesh-varadan", "country:in"), d.Dump());
    }

    [Theory]
    [InlineData("Opposition Labour leader Gareth Pemberton said the deal came too late.")]
    [InlineData("The former minister Gareth Pemberton said the deal came too late.")]
    public void APartyLeaderOrAFormerOfficialGetsNoHomeCountry(string sentence)
    {
        var d = TestArticles.Extract("date 2025-04-02 LONDON, April 2 (Wire) - Britain and Norway signed an energy accord on Wednesday. " + sentence);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:gareth-pemberton");
    }
}
