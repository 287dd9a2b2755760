namespace RelationsGraph.Extraction.Tests;

/// <summary>Talks held at a summit or conference that bring someone new to it are a bilateral encounter of their own.</summary>
public class BilateralAtAForumTests
{
    [Fact]
    public void TalksBringingSomeoneNewToAForumAreAMeetingOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2025-05-14 An investment forum opened in Maputo on Tuesday, with Mozambican President Armando Sitoe presiding over the first day.
            Sitoe later held talks with Portuguese Prime Minister Rui Matos.
            """);
        var forum = d.OfType("Meeting").Single(m => m.Kind == "conference");
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:rui-matos", m.Id));
        Assert.NotEqual(forum.Id, talks.Id);
        Assert.True(d.Has("ATTENDED", "person:armando-sitoe", talks.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:armando-sitoe", forum.Id), d.Dump());
    }

    [Fact]
    public void AnAddressToTheDelegatesStaysAtTheForum()
    {
        var d = TestArticles.Extract("""
            date 2025-05-14 An investment forum opened in Maputo on Tuesday, with Mozambican President Armando Sitoe presiding over the first day.
            Portuguese Prime Minister Rui Matos told the delegates that trade would double.
            """);
        var forum = d.OfType("Meeting").Single(m => m.Kind == "conference");
        Assert.True(d.Has("ATTENDED", "person:rui-matos", forum.Id), d.Dump());
    }
}
