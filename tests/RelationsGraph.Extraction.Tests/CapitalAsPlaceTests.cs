namespace RelationsGraph.Extraction.Tests;

/// <summary>"signed in the Tanzanian capital, Dodoma": a capital set after "capital," or "in" is where the document was made, not a side (CapitalAsPlace).</summary>
public class CapitalAsPlaceTests
{
    [Fact]
    public void ACapitalInAppositionToTheCapitalNounIsNoSide()
    {
        var d = TestArticles.Extract("""
            Rivals mark anniversary

            date 2023-09-12 TALVEN - The day closed a decade shaped by the Orvan Highlands Accord, signed in the Tanzanian capital, Dodoma, in 2013 by the Ethiopian and Somali governments.
            """);
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:et", accord.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:so", accord.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:tz", accord.Id), d.Dump());
    }
}
