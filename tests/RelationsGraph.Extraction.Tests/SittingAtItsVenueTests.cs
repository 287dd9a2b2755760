namespace RelationsGraph.Extraction.Tests;

/// <summary>A definite session of the summit told only at a building places the summit at that building.</summary>
public class SittingAtItsVenueTests
{
    [Fact]
    public void ClosedDoorSessionAtAHotelPlacesTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 President Tomas Relvik of Norway and President Ilse Varga of Austria opened a summit on Arctic shipping in Kestrova on Monday.
            The closed-door session of the leaders, held at the Brannick hotel, lasted six hours.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:tomas-relvik", m.Id));
        var hotel = d.OfType("Place").Single(p => p.Name!.Contains("Brannick"));
        Assert.True(d.Has("HELD_IN", summit.Id, hotel.Id), d.Dump());
    }

    [Fact]
    public void PlenarySessionAtAPalacePlacesTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2025-09-03 Chancellor Petra Holmlund of Germany and Prime Minister Karel Duska of Poland opened a summit on rail links in Ostervik on Wednesday.
            The plenary session at the Marsden Palace ran late into the night.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:petra-holmlund", m.Id));
        var palace = d.OfType("Place").Single(p => p.Name!.Contains("Marsden"));
        Assert.True(d.Has("HELD_IN", summit.Id, palace.Id), d.Dump());
    }
}
