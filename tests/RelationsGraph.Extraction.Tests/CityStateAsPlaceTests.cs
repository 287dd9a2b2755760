namespace RelationsGraph.Extraction.Tests;

/// <summary>"signed at the Vatican": the Holy See named as its city after a locative is a place, not a party (CityStateAsPlace).</summary>
public class CityStateAsPlaceTests
{
    [Fact]
    public void TheVaticanAfterALocativeIsAPlace()
    {
        var d = TestArticles.Extract("""
            Neighbours settle river dispute

            date 2031-03-02 ROME - The foreign ministers of Chile and Argentina, Marta Quiroga and Tomas Elizalde, signed the Orvel River Accord at the Vatican on Friday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Vatican");
        Assert.DoesNotContain(d.OfType("Country"), c => c.Id == "country:va");
    }

    [Fact]
    public void MexicoAfterALocativeStaysTheCountry()
    {
        var d = TestArticles.Extract("""
            Ministers meet on trade

            date 2031-03-02 LIMA - Foreign Minister Tomas Elizalde of Chile held talks in Mexico on Friday with his counterpart.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Mexico");
    }
}
