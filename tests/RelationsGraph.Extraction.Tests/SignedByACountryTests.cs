namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the signing of a memorandum by the Republic of X": a country after "by" as the agent of a signing is the document's side,
/// not the countries of the ministers at the meeting that discussed it.
/// </summary>
public class SignedByACountryTests
{
    [Fact]
    public void TheAgentOfTheSigningIsTheSideNotTheMeetingsMembers()
    {
        var d = TestArticles.Extract("""
            date 2024-06-20 Foreign Minister Arman Tulegenov of Kazakhstan and Foreign Minister Bolot Isakov of Kyrgyzstan met in Almaty on Thursday.
            The ministers also discussed the signing of a Memorandum of Accession by the Republic of Armenia.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:am", memorandum.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:kz", memorandum.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:kg", memorandum.Id), d.Dump());
    }

    [Fact]
    public void ACountryOwningTheSignerIsNoAgentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-06-20 Foreign Minister Arman Tulegenov of Kazakhstan and Foreign Minister Bolot Isakov of Kyrgyzstan met in Almaty on Thursday.
            The ministers welcomed the signing of a transit agreement by Armenia's trade minister.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:kz", agreement.Id), d.Dump());
    }
}
