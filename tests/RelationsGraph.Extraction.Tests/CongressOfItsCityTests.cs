using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the Congress of Marvelle": a congress named after the town it sat in is a gathering held there, not a body (see
/// CongressOfItsCity). The towns are invented and made known to the knowledge base for the test only.
/// </summary>
public class CongressOfItsCityTests
{
    private const string Places = "Marvelle|DE|\nTollin|FR|\n";

    private static ExtractionDocument ExtractKnowingTowns(string text) => TestArticles.ExtractKnowingOnly("places.txt", Places, text);

    private const string Retold = """
        date 2019-05-12 Historians in Tollin gathered on Sunday to mark an old anniversary.
        The Congress of Marvelle, chaired by Chancellor Wendel Marsk from 13 June 1878, redrew the borders of the region.
        """;

    [Fact]
    public void TheCongressIsAGatheringHeldInItsTown()
    {
        var d = ExtractKnowingTowns(Retold);
        var congress = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:wendel-marsk", m.Id)).ToList();
        Assert.Single(congress);
        Assert.True(d.Has("HELD_IN", congress[0].Id, "place:marvelle"), d.Dump());
    }
}
