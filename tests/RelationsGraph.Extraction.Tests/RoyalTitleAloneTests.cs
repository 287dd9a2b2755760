namespace RelationsGraph.Extraction.Tests;

/// <summary>A monarch named once with their rank is later told by the rank alone ("the King", "the Emir"): the same person.</summary>
public class RoyalTitleAloneTests
{
    [Fact]
    public void TheKingWhoHostsTheBanquetIsTheKingNamedBefore()
    {
        var d = TestArticles.Extract("date 2024-03-12 Swedish King Aldric Venholm welcomed Chilean President Tomas Irarrazabel to Stockholm on Tuesday for a state visit. " +
                                     "The King gave a state banquet for his guest at the Royal Palace on the second night.");
        var banquet = Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
        Assert.True(d.Has("ATTENDED", "person:aldric-venholm", banquet.Id), d.Dump());
    }

    [Fact]
    public void TheEmirWithNoEmirNamedIsNobody()
    {
        var d = TestArticles.Extract("date 2024-03-12 Chilean President Tomas Irarrazabel arrived in Doha on Tuesday for a state visit. " +
                                     "That evening the Emir hosted a dinner at the Amiri Diwan.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Emir"));
    }
}
