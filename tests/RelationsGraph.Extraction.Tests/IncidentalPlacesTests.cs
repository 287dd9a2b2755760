namespace RelationsGraph.Extraction.Tests;

/// <summary>Places named near a meeting that do not tell where it was held: a trade noun's town, a count of past visits,
/// the state after a town.</summary>
public class IncidentalPlacesTests
{
    [Fact]
    public void ATourOperatorsTownPlacesNoMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02

            Fijian Prime Minister Sitiveni Rabuka held talks with Samoan Prime Minister Fiame Naomi Mata'afa on Friday.
            "We need more flights," said a tour operator in Nadi.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:nadi"));
    }

    [Fact]
    public void VisitsCountedInTimesAreNoGatheringAndPlaceNone()
    {
        var d = TestArticles.Extract("""
            date 2024-10-02

            Japanese Prime Minister Fumio Kishida welcomed Indonesian President Joko Widodo to Tokyo on Tuesday.
            Widodo has visited Osaka eight times since taking office, and the two men met most recently at a summit in Bali.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:osaka"));
    }

    [Fact]
    public void TheStateAfterATownIsNotTheVenue()
    {
        var d = TestArticles.Extract("""
            date 2021-02-10

            Mexican President Andres Manuel Lopez Obrador spoke by telephone with Canadian Prime Minister Justin Trudeau on Wednesday.
            Lopez Obrador took the call in Guadalajara, Jalisco, where he is on a tour of the west of the country.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Relationships.Any(r => r.Type == "HELD_IN" && r.From == m.Id && r.To.Contains("jalisco")));
    }
}
