namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The ceremony" told right after a summit or conference of many is that gathering's own act: its members attend it too,
/// not only the few the sentence names; a ceremony with a modifier of its own, or one told with no such gathering near it, takes nobody.
/// </summary>
public class CeremonyOfTheGatheringTests
{
    private const string Conference = """
        date 2021-06-10 Estonian Foreign Minister Kadri Varsk, Latvian Foreign Minister Juris Ozolinsh and Lithuanian Foreign Minister Rimas Valaitis held a conference on rail links in Riga on Thursday.
        The three ministers signed a joint declaration before the conference closed.
        """;

    [Fact]
    public void TheGatheringsMembersAttendTheCeremony()
    {
        var d = TestArticles.Extract(Conference + "Polish President Tomasz Wierzbowski and Finnish President Aino Lahtela attended the ceremony.\n");
        var ceremony = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:tomasz-wierzbowski", m.Id));
        Assert.True(d.Has("ATTENDED", "person:kadri-varsk", ceremony.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:rimas-valaitis", ceremony.Id), d.Dump());
    }

    [Fact]
    public void AModifiedCeremonyIsAnotherEvent()
    {
        var d = TestArticles.Extract(Conference + "Polish President Tomasz Wierzbowski and Finnish President Aino Lahtela attended the opening ceremony of a new bridge.\n");
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomasz-wierzbowski", m.Id) && d.Has("ATTENDED", "person:kadri-varsk", m.Id) &&
                                                         !d.Has("ATTENDED", "person:juris-ozolinsh", m.Id));
        var withPole = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:tomasz-wierzbowski", m.Id) && m.Kind == "ceremony");
        Assert.DoesNotContain(withPole, m => d.Has("ATTENDED", "person:kadri-varsk", m.Id));
    }

    [Fact]
    public void APairsMeetingLendsNobody()
    {
        var d = TestArticles.Extract("""
            date 2021-06-10 Estonian Foreign Minister Kadri Varsk and Latvian Foreign Minister Juris Ozolinsh held talks in Riga on Thursday.
            Polish President Tomasz Wierzbowski and Finnish President Aino Lahtela attended the ceremony.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "ceremony" && d.Has("ATTENDED", "person:kadri-varsk", m.Id));
    }
}
