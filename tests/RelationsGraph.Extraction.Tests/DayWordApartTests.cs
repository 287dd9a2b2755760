namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// In a story whose calendar is unknown, weekdays stay unresolved, yet references told on different weekdays are different
/// events: an undated gathering told on one day does not take a reference told on another. The same weekday still joins.
/// </summary>
public class DayWordApartTests
{
    [Fact]
    public void TheSamePairOnAnotherWeekdayIsAnotherMeeting()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm held talks with Latvian Foreign Minister Ruta Ozola on Tuesday about river shipping.
            The two agreed to open a joint pilot service on the border lake.
            On Friday, Tamm held talks with Ozola on fishing quotas.
            """);
        Assert.Equal(2, d.OfType("Meeting").Count(m => d.Has("ATTENDED", "person:ruta-ozola", m.Id)));
    }

    [Fact]
    public void TheSameWeekdayStillJoins()
    {
        var d = TestArticles.Extract("""
            Estonian Foreign Minister Kalev Tamm held talks with Latvian Foreign Minister Ruta Ozola on Tuesday about river shipping.
            The two agreed to open a joint pilot service on the border lake.
            On Tuesday, Tamm held talks with Ozola on fishing quotas.
            """);
        Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:ruta-ozola", m.Id));
    }
}
