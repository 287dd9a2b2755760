namespace RelationsGraph.Extraction.Tests;

/// <summary>"X also saw Y": one more encounter in a diary of a leader's meetings; "saw" with no "also" or a thing as object is none.</summary>
public class AlsoSawSomeoneTests
{
    [Fact]
    public void AlsoSawAPersonIsAnotherEncounter()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Brazilian President Luiz Inacio Lula da Silva held talks with Argentine President Javier Milei in Brasilia on Wednesday.
            Lula also saw Chile's Gabriel Boric before the dinner.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:gabriel-boric", m.Id) && !d.Has("ATTENDED", "person:javier-milei", m.Id));
    }

    [Fact]
    public void SawWithoutAlsoTellsNoMeeting()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12

            Brazilian President Luiz Inacio Lula da Silva said he saw Chilean President Gabriel Boric as an ally.
            """);
        Assert.Empty(d.OfType("Meeting"));
    }
}
