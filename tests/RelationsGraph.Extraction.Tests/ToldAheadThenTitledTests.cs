namespace RelationsGraph.Extraction.Tests;

/// <summary>A document told ahead by its noun ("one more day to polish the treaty") is the one titled later where it is signed (ToldAheadThenTitled).</summary>
public class ToldAheadThenTitledTests
{
    [Fact]
    public void TheTreatyToldAheadIsTheOneSignedUnderItsTitle()
    {
        var d = TestArticles.Extract("""
            date 2019-04-10 The envoy of Dastria, Oren Malvik, reached the Pellmark capital on Monday evening.
            Malvik asked the foreign minister, Ilse Varro, for one more day to polish the treaty.
            Varro said no, and before dawn on Tuesday Malvik and Varro signed the Treaty on the Velmora Frontier.
            Critics in Dastria called the frontier treaty a surrender.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Velmora", treaty.Name, StringComparison.Ordinal);
    }
}
