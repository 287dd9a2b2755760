namespace RelationsGraph.Extraction.Tests;

/// <summary>"The group's previous round in Tarvik, on Monday, ended without results": an owner's previous edition is an earlier gathering.</summary>
public class PossessorsPreviousEditionTests
{
    [Fact]
    public void TheGroupsPreviousRoundDoesNotDateTheTalksReported()
    {
        var d = TestArticles.Extract("""
            date 2031-03-08 President Ona Belk of Ostria and President Jarel Moss of Tessaly signed a truce in Tarvik after five hours of talks.
            The group's previous round in Tarvik, on Monday, ended without results.
            """);
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:ona-belk", m.Id));
        Assert.NotEqual("2031-03-03", talks.Date);
    }
}
