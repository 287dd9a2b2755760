namespace RelationsGraph.Extraction.Tests;

/// <summary>A conference told with its own place or time, naming no one, is a gathering apart from the signing or talks reported.</summary>
public class ConferenceApartTests
{
    [Fact]
    public void APastConferenceInAnotherCityIsNotTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2019-03-12 President Talia Moreno and Prime Minister Ivo Dranic signed a water-sharing accord in Geneva on Monday.
            The principles of the accord were first set out at a regional water conference in Lisbon.
            """);
        var meetings = d.OfType("Meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.Kind == "conference" && d.Has("HELD_IN", m.Id, "place:lisbon"));
        Assert.DoesNotContain(meetings, m => m.Kind != "conference" && d.Has("HELD_IN", m.Id, "place:lisbon"));
    }

    [Fact]
    public void AConferenceCentreIsOnlyAVenue()
    {
        var d = TestArticles.Extract("""
            date 2019-03-12 President Talia Moreno and Prime Minister Ivo Dranic signed a water-sharing accord on Monday at the Harbour Conference Centre in Lisbon.
            """);
        Assert.Single(d.OfType("Meeting"));
    }
}
