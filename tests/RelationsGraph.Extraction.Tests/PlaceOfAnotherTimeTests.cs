namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A held gathering that took in a planned reference told after it does not take that reference's place: the town of the
/// next leg or the return visit is not where the gathering told as held took place (pattern: the story's gathering is placed by
/// its own tellings).
/// </summary>
public class PlaceOfAnotherTimeTests
{
    [Fact]
    public void ALaterPlannedTellingsTownDoesNotPlaceTheHeldVisit()
    {
        var d = TestArticles.Extract("""
            date 2024-06-05 Ghanaian President Kwame Mensah welcomed Kenyan President Ruth Wanjiru on Wednesday at the start of her state visit.

            After the visit Wanjiru will host Mensah in Busan.
            """);
        var visit = d.OfType("Meeting").Single(m => m.Status == "held");
        Assert.True(d.Has("ATTENDED", "person:ruth-wanjiru", visit.Id), d.Dump());
        Assert.False(d.Has("HELD_IN", visit.Id, "place:busan"), d.Dump());
    }

    // Guard (passes either way): the town of a held telling still places the gathering.
    [Fact]
    public void AHeldTellingsOwnTownStillPlacesIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Peruvian Foreign Minister Luis Vega held talks with Chilean President Ana Torres in Santiago on Tuesday.
            """);
        var talks = d.OfType("Meeting").Single();
        Assert.True(d.Has("HELD_IN", talks.Id, "place:santiago"), d.Dump());
    }
}
