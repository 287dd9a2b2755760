namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A reference told with a place and a time of its own, neither told of a gathering told with a time, is a background event
/// (an earlier round, a past meeting): it stands apart and does not give the gathering reported its place. A gathering told
/// without any time may still take a reference's day and place as its own.
/// </summary>
public class OwnPlaceAndTimeTests
{
    [Fact]
    public void AnEarlierRoundElsewhereDoesNotPlaceTheSigning()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm and Latvian Foreign Minister Ruta Ozola signed a pilotage accord beside the border lake on Tuesday.
            The two ministers praised the new pilot service.
            Negotiators had settled the final wording at a round of talks in Cesis in March.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ruta-ozola", m.Id));
        Assert.False(d.Has("HELD_IN", signing.Id, "place:cesis"));
    }

    [Fact]
    public void ADayOfTheStorysWeekStillCompletesTheGathering()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm held talks with Latvian Foreign Minister Ruta Ozola about river shipping.
            The two agreed to open a joint pilot service on the border lake.
            Tamm and Ozola met in Valga on Tuesday, officials said.
            """);
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ruta-ozola", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ruta-ozola", m.Id) && d.Has("HELD_IN", m.Id, "place:valga"));
    }
}
