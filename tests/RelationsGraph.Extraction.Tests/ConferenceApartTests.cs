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

    [Fact]
    public void SideTalksAreNotHeldAtAConferenceKeptApartByItsOwnTime()
    {
        var d = TestArticles.Extract("""
            date 2021-06-04 Delegates of twenty nations signed the Coral Sea Charter in Port Avelo on Friday, closing a summit in the island capital.
            Environment ministers opened the conference in Tarsa in March 2019.
            On the sidelines, Prime Minister Lena Varga and President Omar Kest met for talks on Thursday.
            """);
        var earlier = d.OfType("Meeting").Single(m => m.Kind == "conference" && d.Has("HELD_IN", m.Id, "place:tarsa"));
        Assert.False(d.Has("ATTENDED", "person:lena-varga", earlier.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:omar-kest", earlier.Id), d.Dump());
    }
}
