namespace RelationsGraph.Extraction.Tests;

/// <summary>A meal of a visit's programme told with only its host: the visitor is its guest.</summary>
public class VisitorAtHostedMealTests
{
    [Fact]
    public void TheVisitorIsTheGuestOfABanquetToldWithOnlyItsHost()
    {
        var d = TestArticles.Extract("date 2024-05-14 Japanese Prime Minister Fumio Kishida arrived in Kathmandu on Tuesday for a three-day state visit. " +
                                     "The visit is the first by a Japanese leader in two decades. " +
                                     "In the evening Nepalese President Ram Chandra Poudel hosted a state banquet at Sheetal Niwas.");
        var banquet = Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
        Assert.True(d.Has("ATTENDED", "person:ram-chandra-poudel", banquet.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:fumio-kishida", banquet.Id), d.Dump());
    }

    [Fact]
    public void AMealWithNoVisitToldBeforeKeepsOnlyItsHost()
    {
        var d = TestArticles.Extract("date 2024-05-14 Nepalese President Ram Chandra Poudel hosted a state banquet at Sheetal Niwas on Tuesday. " +
                                     "Japanese Prime Minister Fumio Kishida is expected to visit Kathmandu next year.");
        var banquet = Assert.Single(d.OfType("Meeting"), m => m.Kind == "reception");
        Assert.False(d.Has("ATTENDED", "person:fumio-kishida", banquet.Id), d.Dump());
    }
}
