namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A visit placed only in a country goes to the one town of that country told in the same sentence as the visit;
/// two towns of that country (a tour) leave the visit in the country alone.
/// </summary>
public class TownOfTheVisitedCountryTests
{
    [Fact]
    public void AVisitToACountryWithTalksInItsCapitalIsHeldInTheCapital()
    {
        var d = TestArticles.Extract("""
            date 2023-03-02

            The palace said King Harald would pay a state visit to Japan at the end of April, the first by a Norwegian monarch, and would hold talks with Prime Minister Fumio Kishida in Tokyo.
            """);
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("HELD_IN", visit.Id, "place:tokyo"), d.Dump());
        Assert.False(d.Has("HELD_IN", visit.Id, "country:jp"), d.Dump()); // the country gives way (VisitedTownAlone)
    }

    [Fact]
    public void AVisitToldAfterTheTownFlownToIsHeldInThatTown()
    {
        var d = TestArticles.Extract("""
            date 2023-03-02

            From there the prime minister flies to Nairobi for talks with President William Ruto, his first visit to Kenya since 2019.
            """);
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("HELD_IN", visit.Id, "place:nairobi"), d.Dump());
    }

    [Fact]
    public void AVisitTouringTwoTownsOfTheCountryKeepsTheCountryAlone()
    {
        var d = TestArticles.Extract("""
            date 2023-03-02

            President Samia Suluhu Hassan arrived on a state visit to Kenya on Monday, touring Nairobi and Mombasa.
            """);
        var visit = Assert.Single(d.OfType("Meeting"), m => m.Kind == "visit");
        Assert.True(d.Has("HELD_IN", visit.Id, "country:ke"), d.Dump());
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.From == visit.Id && r.To.StartsWith("place:"));
    }
}
