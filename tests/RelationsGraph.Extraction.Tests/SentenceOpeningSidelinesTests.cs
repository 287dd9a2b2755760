namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "On the sidelines, on Saturday afternoon, X held a bilateral meeting with Y": a sentence opening with "on the sidelines"
/// sets its whole main clause at the gathering, however long the date and the subject run before the meeting word, so the
/// side meeting is held where the gathering is.
/// </summary>
public class SentenceOpeningSidelinesTests
{
    [Fact]
    public void ALongClauseAfterAnOpeningOnTheSidelinesIsASideMeetingAtTheGathering()
    {
        var d = TestArticles.Extract("""
            date 2024-05-05 Foreign Minister Ivo Marten of Ruritania opened the ASEAN foreign ministers' meeting in Osk on 4 May 2024.
            On the sidelines, on Saturday afternoon, Foreign Minister Ivo Marten of Ruritania held a bilateral meeting with Foreign Minister Karel Novak of Moldavia.
            """);
        var side = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:karel-novak", m.Id) && m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", side.Id, "place:osk"), d.Dump());
    }

    [Fact]
    public void ASemicolonEndsTheOpeningSidelinesClause()
    {
        var d = TestArticles.Extract("""
            date 2024-05-05 Foreign Minister Ivo Marten of Ruritania opened the ASEAN foreign ministers' meeting in Osk on 4 May 2024.
            On the sidelines there was little news; weeks earlier, on a Saturday afternoon far from any summit, Foreign Minister Ivo Marten of Ruritania had held a bilateral meeting with Foreign Minister Karel Novak of Moldavia.
            """);
        var side = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:karel-novak", m.Id)).ToList();
        Assert.All(side, m => Assert.False(d.Has("HELD_IN", m.Id, "place:osk"), d.Dump()));
    }
}
