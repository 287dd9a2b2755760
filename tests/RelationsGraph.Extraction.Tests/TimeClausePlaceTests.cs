namespace RelationsGraph.Extraction.Tests;

/// <summary>A place inside a time clause that names another event ("after a storm in Y") is that event's place, not the meeting's.</summary>
public class TimeClausePlaceTests
{
    [Fact]
    public void APlaceInsideAnAfterClauseIsNotTheMeetingsPlace()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held talks on Friday.
            The talks came two days after a ferry fire in Gdansk.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:gdansk");
    }

    [Fact]
    public void APlaceBeforeTheTimeClauseStillPlacesTheMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Polish Prime Minister Donald Tusk held talks with Swedish Prime Minister Ulf Kristersson in Stockholm on Friday, a week after the elections.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:stockholm");
    }
}
