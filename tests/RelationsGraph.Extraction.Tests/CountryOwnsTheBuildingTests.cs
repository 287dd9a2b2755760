namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "talks at the Norway embassy", "a dinner at Chile's foreign ministry": the country before a building noun owns the
/// building; it is not where the meeting is held (see NotAVenue.OwnsTheBuilding).
/// </summary>
public class CountryOwnsTheBuildingTests
{
    [Fact]
    public void TalksAtACountrysEmbassyAreNotHeldInThatCountry()
    {
        var d = TestArticles.Extract("""
            date 2019-06-05

            Foreign Minister Tomas Verlund held talks with President Idris Maluk at the Norway embassy on Tuesday.
            """);
        foreach (var talks in d.OfType("Meeting"))
            Assert.False(d.Has("HELD_IN", talks.Id, "country:no"), d.Dump());
    }

    [Fact]
    public void ADinnerAtACountrysPossessiveMinistryIsNotHeldInThatCountry()
    {
        var d = TestArticles.Extract("""
            date 2019-06-05

            President Idris Maluk met Foreign Minister Rosa Quintal at Chile's foreign ministry on Monday.
            """);
        foreach (var meeting in d.OfType("Meeting"))
            Assert.False(d.Has("HELD_IN", meeting.Id, "country:cl"), d.Dump());
    }

    [Fact]
    public void AVisitToTheCountryItselfStillPlacesTheMeetingThere()
    {
        var d = TestArticles.Extract("""
            date 2019-06-05

            President Idris Maluk held talks with Prime Minister Rosa Quintal in Chile on Monday.
            """);
        var talks = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", talks.Id, "country:cl"), d.Dump());
    }
}
