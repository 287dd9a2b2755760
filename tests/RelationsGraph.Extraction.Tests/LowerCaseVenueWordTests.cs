namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A venue whose building word is set in lower case ("the Vardane Palms hotel", "the Varsel state residence") is weighed as a
/// venue among a meeting's places: it is kept beside the town, and a current meeting held there is in the dateline city.
/// </summary>
public class LowerCaseVenueWordTests
{
    [Fact]
    public void AVenueWithALowerCaseBuildingWordIsKeptBesideTheTown()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05

            Prime Minister Alden Marsh and President Tomas Brevik held talks in Kestrava on Tuesday at the Varsel state residence.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:varsel") && d.Has("HELD_IN", talks.Id, "place:kestrava"), d.Dump());
    }

    [Fact]
    public void ACurrentSigningAtSuchAVenueIsInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05

            KESTRAVA, March 5 (Wire) - Prime Minister Alden Marsh and President Tomas Brevik signed a fisheries accord at the Vardane Palms hotel on Tuesday.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:kestrava"), d.Dump());
    }

    [Theory]
    [InlineData("Sosna government residence", true)]
    [InlineData("Vardane Palms hotel", true)]
    [InlineData("Dravel convention centre", true)]
    [InlineData("Grand Hotel", false)]
    [InlineData("Kestrava", false)]
    [InlineData("hotel Kestrava", false)]
    public void OnlyALowerCaseBuildingWordAfterTheFirstWordCounts(string name, bool expected) =>
        Assert.Equal(expected, RelationsGraph.Extraction.Meetings.VenueCity.ClosedByALowerCaseVenueWord(name));
}
