namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the special representative for X", "the envoy to X": the country after an envoy's or representative's title is their
/// remit, not where the meeting they chair is held.
/// </summary>
public class EnvoysRemitIsNotAVenueTests
{
    [Fact]
    public void TheCountryOfARepresentativesRemitDoesNotPlaceTheTalksHeChairs()
    {
        var d = TestArticles.Extract("""
            date 2023-03-14

            Jonas Abelin, the United Nations special representative for Yemen, who chaired the talks, said both delegations had agreed to meet again.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks" && d.Has("ATTENDED", "person:jonas-abelin", m.Id));
        Assert.False(d.Has("HELD_IN", talks.Id, "country:ye"), d.Dump());
    }

    [Fact]
    public void ACountryAfterTheEnvoysVisitIsStillItsPlace()
    {
        var d = TestArticles.Extract("""
            date 2023-03-14

            The special envoy Jonas Abelin held talks with President Omar Haddad in Yemen on Monday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"), m => m.Kind == "talks");
        Assert.True(d.Has("HELD_IN", talks.Id, "country:ye"), d.Dump());
    }
}
