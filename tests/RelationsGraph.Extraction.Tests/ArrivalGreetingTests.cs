namespace RelationsGraph.Extraction.Tests;

/// <summary>Being met at the airport or on the tarmac is the arrival welcome, a ceremony of its own, not the visit's talks.</summary>
public class ArrivalGreetingTests
{
    private const string Arrival = """
        date 2024-03-12 Estonian Prime Minister Kadri Tamberg flew into Portugal on Monday for a two-day official visit.
        She was met on the tarmac by Portuguese Foreign Minister Rui Albergaria.
        Tamberg then held talks with Portuguese Prime Minister Duarte Fontelo on energy links and fisheries.
        """;

    [Fact]
    public void TheGreetingOnTheTarmacIsAWelcomeCeremony()
    {
        var d = TestArticles.Extract(Arrival);
        var greeting = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:rui-albergaria", m.Id)).ToList();
        Assert.NotEmpty(greeting);
        Assert.All(greeting, m => Assert.Equal("ceremony", m.Kind));
    }

    [Fact]
    public void TheGreeterIsNotAtTheTalksToldByTheirNoun()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Prime Minister Kadri Tamberg flew into Portugal on Monday for a two-day official visit.
            Portuguese Foreign Minister Rui Albergaria met her at the airport.
            The talks covered energy links and fisheries, officials said.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "talks" && d.Has("ATTENDED", "person:rui-albergaria", m.Id));
    }

    [Fact]
    public void TheAirportWelcomeIsNotTheCeremonyOfTheSameDay()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Estonian Prime Minister Kadri Tamberg flew into Portugal on Monday, 11 March, for a two-day official visit.
            Portuguese Foreign Minister Rui Albergaria welcomed her at the airport on Monday, 11 March.
            A ceremony with a guard of honour was held for her on Monday, 11 March, by Portuguese President Amalia Serrano.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rui-albergaria", m.Id) && d.Has("ATTENDED", "person:amalia-serrano", m.Id));
    }
}
