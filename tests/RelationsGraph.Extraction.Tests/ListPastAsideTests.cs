namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A list of people at a meeting goes on past a relative clause or an apposition set off by commas after one of its names
/// ("with A, who ..., and B"), but not to a name that has a verb of its own.
/// </summary>
public class ListPastAsideTests
{
    [Fact]
    public void TheListGoesOnPastARelativeClauseOrAnAppositionToTheNextConjunct()
    {
        var d = TestArticles.Extract("""
            date 2025-05-06 Ruritanian President Tobin Arvel held talks in Valmora with Bordurian Foreign Minister Casimir Oleck, who had spent the morning at his embassy with a team of lawyers and advisers, and Bordurian Trade Minister Lidia Harsk.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:casimir-oleck", talks), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:lidia-harsk", talks), d.Dump());
        var other = TestArticles.Extract("""
            date 2025-05-06 Ruritanian President Tobin Arvel held talks in Valmora with Casimir Oleck, the chief negotiator of the northern provinces for the past six years, and Bordurian Trade Minister Lidia Harsk.
            """);
        var meeting = Assert.Single(other.OfType("Meeting")).Id;
        Assert.True(other.Has("ATTENDED", "person:lidia-harsk", meeting), other.Dump());
    }

    [Fact]
    public void ANameAfterTheAsideWithAVerbOfItsOwnDoesNotAttend()
    {
        var d = TestArticles.Extract("""
            date 2025-05-06 Ruritanian President Tobin Arvel held talks in Valmora with Bordurian Foreign Minister Casimir Oleck, who had spent the morning at his embassy with a team of lawyers and advisers, and Senator Lidia Harsk voiced doubts in parliament.
            """);
        var talks = Assert.Single(d.OfType("Meeting")).Id;
        Assert.True(d.Has("ATTENDED", "person:casimir-oleck", talks), d.Dump());
        Assert.False(d.Has("ATTENDED", "person:lidia-harsk", talks), d.Dump());
    }
}
