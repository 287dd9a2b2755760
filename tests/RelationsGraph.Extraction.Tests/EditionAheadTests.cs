namespace RelationsGraph.Extraction.Tests;

/// <summary>A later edition of a series, still to come, is not attended by the group of the gathering told.</summary>
public class EditionAheadTests
{
    [Fact]
    public void TheLeadersWhoAgreedAreNotTheNextSummitsRoster()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Ghanaian President Kofi Mensah and Togolese President Komi Adjavon held talks in Accra on Tuesday.
            Adjavon will host the next summit in Lome in 2025, the leaders agreed.
            """);
        var next = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.True(d.Has("ATTENDED", "person:komi-adjavon", next.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:kofi-mensah", next.Id), d.Dump());
    }

    [Fact]
    public void TheirNextSummitNamesTheSeriesNotItsPeople()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Ghanaian President Kofi Mensah and Togolese President Komi Adjavon held talks in Accra on Tuesday.
            The leaders will review the plan at their next summit in Lome in June.
            """);
        var next = d.OfType("Meeting").Single(m => m.Status == "planned");
        Assert.Equal("2024-06", next.Date);
        Assert.True(d.Has("HELD_IN", next.Id, "place:lome"), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:kofi-mensah", next.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:komi-adjavon", next.Id), d.Dump());
    }

    [Fact]
    public void TheTwoLeadersMeetingAgainStillGo()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Ghanaian President Kofi Mensah and Togolese President Komi Adjavon held talks in Accra on Tuesday.
            The two leaders will meet again in Lome in June.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Status == "planned" && d.Has("ATTENDED", "person:kofi-mensah", m.Id));
    }
}
