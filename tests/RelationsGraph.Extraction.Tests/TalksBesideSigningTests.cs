namespace RelationsGraph.Extraction.Tests;

/// <summary>Talks told by their own word and naming their own people beside a signing: an encounter of the programme of its own.</summary>
public class TalksBesideSigningTests
{
    [Fact]
    public void TalksNamingTheSignersAreAnEncounterOfTheirOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-04-19 Paraguayan Foreign Minister Tomas Villalba and Uruguayan Foreign Minister Lucia Ferrando signed a river transport accord in Asuncion on Friday.
            Villalba held talks with Ferrando about dredging on the upper river and a new customs post.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:lucia-ferrando", m.Id)).ToList();
        Assert.Equal(2, attended.Count);
        Assert.Contains(attended, m => m.Kind == "talks");
    }

    [Fact]
    public void AMeetingThatTheSigningTookPlaceInIsTheSigningsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-04-19 The protocol was signed in Asuncion on Friday by Colonel Tomas Villalba and Colonel Lucia Ferrando, in a meeting of the joint border commission.
            """);
        var attended = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:lucia-ferrando", m.Id)).ToList();
        Assert.Single(attended);
    }

    [Fact]
    public void AnEnvoyForNegotiationsIsATitleNotAnEncounter()
    {
        var d = TestArticles.Extract("""
            date 2024-04-19 Paraguayan Foreign Minister Tomas Villalba and Uruguayan Foreign Minister Lucia Ferrando signed a river transport accord in Asuncion on Friday.
            Villalba was accompanied by Marta Quiroga, the government's envoy for river negotiations, and by Ferrando's deputy Pablo Esteche.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks" && d.Has("ATTENDED", "person:marta-quiroga", m.Id));
    }
}
