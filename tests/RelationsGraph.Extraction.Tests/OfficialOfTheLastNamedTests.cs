namespace RelationsGraph.Extraction.Tests;

/// <summary>"Its Prime Minister, X, said": a possessive pronoun opening the sentence points to the country or person named just before.</summary>
public class OfficialOfTheLastNamedTests
{
    private const string Opening = "date 2019-08-15 Pacific leaders met in Apia on Thursday to discuss rising seas. ";

    [Fact]
    public void ItsPointsToTheOneCountryOfThePreviousSentence()
    {
        var d = TestArticles.Extract(Opening + "Kiribati wants a firmer target for the region. Its President, Tebao Kauaia, said the islands could not wait.");
        Assert.True(d.Has("REPRESENTS", "person:tebao-kauaia", "country:ki"), d.Dump());
    }

    [Fact]
    public void HisPointsToTheOnePlacedPersonOfThePreviousSentence()
    {
        var d = TestArticles.Extract(Opening + "Samoan Prime Minister Lemalu Tauiliili opened the session. His Foreign Minister, Fiame Leota, chaired the afternoon.");
        Assert.True(d.Has("REPRESENTS", "person:fiame-leota", "country:ws"), d.Dump());
    }

    [Fact]
    public void TwoCountriesBeforeLeaveTheOwnerOpen()
    {
        var d = TestArticles.Extract(Opening + "Kiribati and Tonga want a firmer target. Its President, Tebao Kauaia, said the islands could not wait.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "REPRESENTS" && r.From == "person:tebao-kauaia");
    }
    [Fact]
    public void HisSkipsASentenceWhoseSubjectIsThePronoun()
    {
        // "He" carries the Samoan leader on; the Fijian he met is not the owner of "His".
        var d = TestArticles.Extract(Opening + "Samoan Prime Minister Lemalu Tauiliili opened the session. He then held talks with Fijian President Ratu Vuniwai. His Foreign Minister, Fiame Leota, chaired the afternoon.");
        Assert.True(d.Has("REPRESENTS", "person:fiame-leota", "country:ws"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:fiame-leota", "country:fj"), d.Dump());
    }

    [Fact]
    public void HerWalksBackOverSeveralPronounSentences()
    {
        var d = TestArticles.Extract(Opening + "Tongan Prime Minister Salote Pulu arrived on Wednesday. She was greeted by Fijian President Ratu Vuniwai. She later sat with Australian envoy Mark Dunstan. Her Foreign Minister, Losa Taufa, stayed behind in the capital.");
        Assert.True(d.Has("REPRESENTS", "person:losa-taufa", "country:to"), d.Dump());
        Assert.False(d.Has("REPRESENTS", "person:losa-taufa", "country:au"), d.Dump());
    }
}
