namespace RelationsGraph.Extraction.Tests;

/// <summary>"at the House of Concord", "in the House of Ministers of the Republic of X": a building named as the house of something is one place.</summary>
public class HouseOfAVenueTests
{
    [Fact]
    public void TheHouseOfAnIdeaIsOnePlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao and Nigerien President Moussa Dandi signed the water-sharing pact at the House of Concord on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "House of Concord");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name is "House" or "Concord");
    }

    [Fact]
    public void TheCountryItServesClosesTheName()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian Prime Minister Issa Kantao held talks with his Nigerien counterpart Moussa Dandi at the House of Ministers of the Republic of Mali on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "House of Ministers of the Republic of Mali");
        var talks = d.OfType("Meeting").Single(m => d.Has("ATTENDED", "person:moussa-dandi", m.Id));
        Assert.True(d.Has("HELD_IN", talks.Id, d.OfType("Place").Single(p => p.Name.StartsWith("House of", StringComparison.Ordinal)).Id), d.Dump());
    }

    [Fact]
    public void AChamberOfALegislatureIsNoVenue()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao said the bill on grain tariffs had stalled in the House of Delegates on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.StartsWith("House of", StringComparison.Ordinal));
    }
}
