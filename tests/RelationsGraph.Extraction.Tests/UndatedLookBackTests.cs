namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// In a story whose calendar is unknown, "last year" or "last May" stay unresolved, yet they tell an earlier event than the one
/// reported: a reference told with such words does not join the gathering told in the present, and placed, it is a gathering
/// of its own even when it names no one.
/// </summary>
public class UndatedLookBackTests
{
    [Fact]
    public void ThePairsMeetingLastYearIsAnotherMeeting()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm held talks with Latvian Foreign Minister Ruta Ozola in Valga on Tuesday about river shipping.
            The two agreed to open a joint pilot service on the border lake.
            Tamm had first met Ozola last year to discuss fishing quotas.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => d.Has("ATTENDED", "person:ruta-ozola", m.Id)));
    }

    [Fact]
    public void WithoutLookBackWordsThePairStaysOneMeeting()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm held talks with Latvian Foreign Minister Ruta Ozola in Valga on Tuesday about river shipping.
            The two agreed to open a joint pilot service on the border lake.
            Tamm also discussed fishing quotas with Ozola.
            """);
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ruta-ozola", m.Id));
    }

    [Fact]
    public void APlacedLookBackNamingNoOneIsKept()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm and Latvian Foreign Minister Ruta Ozola signed a pilotage accord in Valga on Tuesday.
            Experts had prepared the text at talks in Cesis last year.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:cesis"));
    }
}
