namespace RelationsGraph.Extraction.Tests;

/// <summary>Web and press-release datelines in ordinary capitals ("Hanoi (AFP) – ", "Government House, Suva - ").</summary>
public class MixedCaseDatelineTests
{
    [Theory]
    [InlineData("Suva (AFP) – Fiji and Tonga signed a fisheries accord on Monday.")]
    [InlineData("Suva, April 2, 2025 - Fiji and Tonga signed a fisheries accord on Monday.")]
    [InlineData("Government House, Suva - Fiji and Tonga signed a fisheries accord on Monday.")]
    public void AKnownTownInAnOrdinaryCapitalsDatelineIsTheDatelinePlace(string line)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + line);
        Assert.Equal("Suva", article.DatelinePlace);
    }

    [Theory]
    [InlineData("Foreign Ministry — Fiji and Tonga signed a fisheries accord on Monday.")]
    [InlineData("Pacific Diplomacy, Fiji - Fiji and Tonga signed a fisheries accord on Monday.")]
    public void AHeadingThatNamesNoKnownTownIsNoDateline(string line)
    {
        var article = TestArticles.Read("date 2025-04-02\nAccord signed\n\n" + line);
        Assert.Null(article.DatelinePlace);
    }

    [Fact]
    public void TheDatelineTownPlacesTheTalksTheTextPlacesNowhere()
    {
        var d = TestArticles.Extract("date 2025-04-02\nTalks held\n\nSuva (AFP) – Fijian Prime Minister Sitiveni Rabuka held talks with Tongan Prime Minister Aisake Eke on Wednesday.");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:suva"), d.Dump());
    }
}
