namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A reference told with a place and a time of its own, neither told of the gathering it would join, is a background event
/// (an earlier round, a past meeting): it stands apart and does not give the gathering reported its place. A day of the
/// story's week may still complete a gathering told without a date or a place.
/// </summary>
public class OwnPlaceAndTimeTests
{
    [Fact]
    public void AnEarlierRoundElsewhereDoesNotPlaceTheSigning()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm and Latvian Foreign Minister Ruta Ozola signed a pilotage accord beside the border lake.
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
