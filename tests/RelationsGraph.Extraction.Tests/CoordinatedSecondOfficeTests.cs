namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X's Foreign Minister A and the Minister for B, C": a second office coordinated with the first, with its article and in
/// apposition before its holder, takes the country told once for the pair.
/// </summary>
public class CoordinatedSecondOfficeTests
{
    private const string Opening = "date 2024-03-05 SUVA, March 5 - Fiji and New Zealand signed a fisheries pact on Tuesday. ";

    [Fact]
    public void TheSecondOfficeInAppositionSharesTheFirstConjunctsCountry()
    {
        var d = TestArticles.Extract(Opening + "New Zealand's Foreign Minister Anna Clarkson and the Minister for Pacific Trade, Tom Wilkins, attended the signing.");
        Assert.True(d.Has("REPRESENTS", "person:tom-wilkins", "country:nz"), d.Dump());
    }

    [Fact]
    public void ACapitalisedWordOfTheSecondTitleDoesNotBreakTheCoordination()
    {
        var d = TestArticles.Extract(Opening + "New Zealand's Foreign Minister Anna Clarkson and the Minister for Oceans and the Pacific, Tom Wilkins, attended the signing.");
        Assert.True(d.Has("REPRESENTS", "person:tom-wilkins", "country:nz"), d.Dump());
    }

    [Fact]
    public void ASecondOfficeWithItsOwnCountryKeepsIt()
    {
        var d = TestArticles.Extract(Opening + "New Zealand's Foreign Minister Anna Clarkson and the Fijian Minister for Fisheries, Tom Wilkins, attended the signing.");
        Assert.False(d.Has("REPRESENTS", "person:tom-wilkins", "country:nz"), d.Dump());
    }
}
