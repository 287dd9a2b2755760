namespace RelationsGraph.Extraction.Tests;

/// <summary>Continents and world regions are known words but no Place nodes: the graph's places are cities, areas and venues.</summary>
public class WorldRegionTests
{
    [Fact]
    public void AContinentOrWorldRegionIsNoPlace()
    {
        var d = TestArticles.Extract("date 2024-06-02 The two ministers met in Nairobi to discuss trade with Europe and security in the Middle East.");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name is "Europe" or "Middle East");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Nairobi");
    }

    [Fact]
    public void ARegionIsNotReadAsAPersonEither()
    {
        var d = TestArticles.Extract("date 2024-06-02 Southeast Asia said little as the ministers met in Nairobi.");
        Assert.DoesNotContain(d.Entities, e => e.Name.Contains("Asia"));
    }

    [Fact]
    public void ARegionNamedWithOfIsNoPlaceAndNoTruncatedPlace()
    {
        // "the Horn of Africa": read word by word it left a Place "Horn" in the graph.
        var d = TestArticles.Extract("date 2024-06-02 The envoys met in Kampala to talk about grain shipments across the Horn of Africa.");
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Horn", StringComparison.Ordinal));
        Assert.Contains(d.OfType("Place"), p => p.Name == "Kampala");
    }
}
