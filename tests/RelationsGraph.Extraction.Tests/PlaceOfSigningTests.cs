namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Where the signing sentence says a document was signed ("signed ... in Tokyo") decides which meeting made it: a meeting
/// held in another country did not, one held there or in another city of the same country did.
/// </summary>
public class PlaceOfSigningTests
{
    private const string DelhiTalks = """
        date 2023-05-10 Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in New Delhi on Wednesday.
        The two leaders discussed trade, shipping and rail links.

        """;

    // The pattern: the place adjunct of a signing verb tells where the document was made (a meeting held there, if any, made it).
    [Fact]
    public void ADocumentSignedInAnotherCountryIsNoProductOfTheTalks()
    {
        var d = TestArticles.Extract(DelhiTalks + "Modi and Kishida had signed a memorandum on high-speed rail in Tokyo.\n");
        var memorandum = Assert.Single(d.OfType("Agreement"));
        var delhi = d.Relationships.Where(r => r.Type == "HELD_IN" && r.To == "place:new-delhi").Select(r => r.From).ToList();
        Assert.NotEmpty(delhi);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == memorandum.Id && delhi.Contains(r.From));
    }

    // The pattern: a city inside the meeting's country agrees with the meeting's place.
    [Fact]
    public void ADocumentSignedInAnotherCityOfTheSameCountryStaysTheTalksProduct()
    {
        var d = TestArticles.Extract(DelhiTalks + "Modi and Kishida signed a memorandum on high-speed rail in Mumbai.\n");
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == memorandum.Id);
    }
}
