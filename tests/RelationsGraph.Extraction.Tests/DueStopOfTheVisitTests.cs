namespace RelationsGraph.Extraction.Tests;

/// <summary>A meeting planned for the day the story is filed, or the next, and told without a place is in the dateline city.</summary>
public class DueStopOfTheVisitTests
{
    [Fact]
    public void TalksDueTheNextDayAreHeldInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12

            ACCRA, March 12 (Wire) - Nigerian President Bola Tinubu held talks with Ghanaian President Nana Akufo-Addo on Tuesday.
            Tinubu is scheduled to meet Ghanaian Vice President Mahamudu Bawumia on Wednesday, March 13.
            """);
        var due = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:mahamudu-bawumia", m.Id));
        Assert.True(d.Has("HELD_IN", due.Id, "place:accra"), d.Dump());
    }

    [Fact]
    public void TalksDueOnALaterLegOfTheTripTakeNoDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12

            ACCRA, March 12 (Wire) - Nigerian President Bola Tinubu held talks with Ghanaian President Nana Akufo-Addo on Tuesday.
            Tinubu then flew on to Lome for a state visit to Togo, and he is due to hold talks with Togolese President Faure Gnassingbe on Wednesday, March 13.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:faure-gnassingbe", m.Id) && d.Has("HELD_IN", m.Id, "place:accra"));
    }
}
