namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A venue whose name keeps a building word of its own language ("Casa ...", "Quinta ...", "... Bhavan") or an English word
/// for a temple, memorial, library or complex is a building, not a town: a current signing or talks held there are in the
/// dateline city too.
/// </summary>
public class BuildingWordAbroadTests
{
    [Fact]
    public void ASigningAtACasaIsInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05

            KESTRAVA, March 5 (Wire) - Prime Minister Alden Marsh and President Tomas Brevik signed a fisheries accord at the Casa Morvella on Tuesday.
            """);
        var signing = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", signing.Id, "place:kestrava"), d.Dump());
    }

    [Fact]
    public void TalksAtAQuintaAreInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05

            KESTRAVA, March 5 (Wire) - Prime Minister Alden Marsh and President Tomas Brevik held talks at the Quinta de Velmora on Tuesday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:kestrava"), d.Dump());
    }

    [Fact]
    public void TalksAtATempleAreInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05

            KESTRAVA, March 5 (Wire) - Prime Minister Alden Marsh and President Tomas Brevik held talks at the Orvane Temple on Tuesday.
            """);
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:kestrava"), d.Dump());
    }
}
