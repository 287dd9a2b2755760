namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document only sought or talked about gets no sides guessed from the story's two principal countries (see GoalOfNoSides).
/// </summary>
public class GoalOfNoSidesTests
{
    [Fact]
    public void ASoughtTreatyGetsNoGuessedSides()
    {
        var d = TestArticles.Extract("""
            date 1850-06-02 Envoys of Norway and Chile met aboard a frigate off Portelva on Monday.
            The Treaty of Portelva, as the sailors already call it, runs to nine articles.
            Halvard Strenby, the Norwegian minister, wants to obtain a treaty that could also settle the whaling grounds.
            The Chilean envoy Ramiro Otavez said both governments would ratify the text within four months.
            """);
        var sought = d.OfType("Agreement").Single(a => !a.Name.Contains("Portelva"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PARTY_TO" && r.To == sought.Id);
    }
}
