namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A grouping's gathering stands in one place: a reference to one of its meetings that is dated and placed in another country
/// (a ministers' meeting months before, an earlier edition) is another gathering, even when the summit the story reports has no
/// date yet to tell them apart. It neither joins that summit nor gives it its month.
/// </summary>
public class GroupingElsewhereTests
{
    [Fact]
    public void ADatedMeetingOfTheGroupingElsewhereDoesNotDateTheSummitTold()
    {
        var d = TestArticles.Extract("""
            *Posted 12 November 2023 by a staff writer*

            The Commonwealth summit closed in Kigali after two days of talks among the leaders.
            Among those at the table were Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye.
            The reef charter they endorsed was drafted at a Commonwealth meeting in Valletta in June.
            """);
        var kigali = d.OfType("Meeting").Single(m => d.Has("HELD_IN", m.Id, "place:kigali"));
        Assert.NotEqual("2023-06", kigali.Date);
        Assert.True(d.Has("ATTENDED", "person:john-mahama", kigali.Id), d.Dump());
    }
}
