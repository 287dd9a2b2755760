namespace RelationsGraph.Extraction.Tests;

/// <summary>"landed at Velmora airport": a known town followed by a lowercase "airport" after a locative is the airport (SpanInterpreter.TryEmitTownsAirport).</summary>
public class TownsAirportTests
{
    [Fact]
    public void AKnownTownsAirportIsTheVenue()
    {
        var d = TestArticles.Extract("""
            Minister arrives for talks

            date 2030-05-01 LIMA - Foreign Minister Tomas Elizalde of Chile was met at Cusco airport on Friday by his Peruvian counterpart, Rosa Albarran.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Cusco airport");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Cusco");
    }

    [Fact]
    public void TheAirportsRunwayLeavesTheTown()
    {
        var d = TestArticles.Extract("""
            Airport reopens

            date 2030-05-01 LIMA - Repairs at Cusco airport's runway were finished on Friday, officials in Cusco said.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Cusco airport");
    }
}
