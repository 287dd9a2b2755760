namespace RelationsGraph.Extraction.Tests;

/// <summary>A presence told in the sentence right after a ceremony or signing (joined by, behind, watching) is attendance at that act.</summary>
public class PresenceAtTheActTests
{
    [Fact]
    public void PresenceInTheNextSentenceJoinsTheCeremony()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 President Tomas Varenko of Ukraine hosted a ceremony at the Dniprovka terminal on Tuesday to open a new gas link to Moldova.
            He was joined by Moldovan President Ilinca Rusnac and Polish President Marek Wolanski.
            """);
        var ceremony = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomas-varenko", m.Id));
        Assert.True(d.Has("ATTENDED", "person:ilinca-rusnac", ceremony.Id));
        Assert.True(d.Has("ATTENDED", "person:marek-wolanski", ceremony.Id));
    }

    [Fact]
    public void WatchersOfASigningJoinTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Foreign Minister Aldo Ferreti of Italy and Foreign Minister Kostas Dimaras of Greece signed a maritime boundary agreement in Rome on Tuesday.
            Watching from the front row were Italian Prime Minister Giulia Santori and Greek Prime Minister Nikos Varelas.
            """);
        var signing = Assert.Single(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:aldo-ferreti", m.Id));
        Assert.True(d.Has("ATTENDED", "person:giulia-santori", signing.Id));
        Assert.True(d.Has("ATTENDED", "person:nikos-varelas", signing.Id));
    }
}
