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
}
