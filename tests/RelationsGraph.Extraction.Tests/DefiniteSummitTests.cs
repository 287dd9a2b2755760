namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "During the summit, X held talks with Y" after a summit was told: "the summit" is that summit, whatever grouping names it
/// or not, and the pair's talks are an encounter of their own.
/// </summary>
public class DefiniteSummitTests
{
    [Fact]
    public void TheSummitPointsBackToTheSummitToldAndThePairsTalksStandApart()
    {
        var d = TestArticles.Extract("""
            date 2024-10-23 KAZAN, Oct 23 - Heads of government from a dozen emerging economies gathered in Kazan on Tuesday for a three-day summit hosted by Russian President Vladimir Putin.
            During the summit, Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping.
            """);
        var summit = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:vladimir-putin", m.Id));
        Assert.True(d.Has("ATTENDED", "person:narendra-modi", summit.Id), d.Dump());
        var talks = d.OfType("Meeting").Single(m => m.Id != summit.Id);
        Assert.True(d.Has("ATTENDED", "person:xi-jinping", talks.Id), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:vladimir-putin", talks.Id), d.Dump());
    }
}
