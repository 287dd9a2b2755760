namespace RelationsGraph.Extraction.Tests;

/// <summary>The one venue named with a locative in the sentence that tells a meeting is where that meeting was held.</summary>
public class SentenceVenueTests
{
    [Fact]
    public void AVenueFarBeforeTheSummitNounPlacesTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Ghanaian President John Mahama announced the new fund at the Accra International Conference Centre in Accra on the closing day of the ECOWAS summit.
            """);
        var summit = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", summit.Id, "place:accra-international-conference-centre"), d.Dump());
    }

    [Fact]
    public void AVenueAfterALongDocumentTitlePlacesTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05

            Chilean Foreign Minister Alberto van Klaveren and Argentine Foreign Minister Diana Mondino signed the Agreement between the Republic of Chile and the Argentine Republic on the Joint Management of the Southern Glacier Fields and Their Watersheds at the Harbour Palace in Punta Arenas.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:harbour-palace"), d.Dump());
    }

    [Fact]
    public void OfTwoMeetingsInTheSentenceTheNearestTakesTheVenue()
    {
        var d = TestArticles.Extract("""
            date 2024-10-02

            Kenyan President William Ruto was welcomed with a guard of honour on Uhuru Square on Wednesday morning, and in the afternoon he held lengthy talks with Tanzanian President Samia Suluhu Hassan about the railway line that will link the two ports.
            """);
        var square = "place:uhuru-square";
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, square));
        Assert.Single(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, square));
    }

    [Fact]
    public void AVenueInAnotherCountryDoesNotPlaceTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-05-20

            Japanese Prime Minister Fumio Kishida held talks in Seoul with South Korean President Yoon Suk Yeol, weeks after a reception at the Akasaka Palace in Tokyo.
            """);
        var talks = d.OfType("Meeting").Single(m => m.Kind == "talks");
        Assert.False(d.Has("HELD_IN", talks.Id, "place:akasaka-palace"), d.Dump());
    }
}
