namespace RelationsGraph.Extraction.Tests;

/// <summary>"in the Omani capital": the country's capital as the place, whatever word follows it; "capital markets" is money.</summary>
public class DemonymCapitalTests
{
    [Theory]
    [InlineData("between")]
    [InlineData("last")]
    public void TheDemonymCapitalPlacesTheTalksWhateverFollows(string next)
    {
        var d = TestArticles.Extract($"date 2024-06-12 Three days of talks in the Omani capital {next} week brought Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff together.");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.True(d.Has("HELD_IN", talks.Id, "place:muscat"), d.Dump());
    }

    [Fact]
    public void CapitalMarketsAreNoCity()
    {
        var d = TestArticles.Extract("date 2024-06-12 Iranian Foreign Minister Abbas Araghchi held talks on the Omani capital markets with US envoy Steve Witkoff.");
        Assert.DoesNotContain(d.Entities, e => e.Id == "place:muscat");
    }
}
