namespace RelationsGraph.Extraction.Tests;

/// <summary>The noun "courtesy call" names an encounter in person of its own, and a hosting told "during a courtesy call" is that call.</summary>
public class CourtesyCallNounTests
{
    private const string Hosted = """
        date 2021-05-18 Zambian President Mwila Banda will host Malawian President Chikondi Phiri on Thursday for a state visit.
        The state visit will mark ten years of the joint commission, Banda's spokesperson said.
        Last week, Banda hosted former Malawian president Tadala Mbewe during a courtesy call, after floods hit the border districts.
        """;

    [Fact]
    public void AHostingDuringACourtesyCallIsTheCall()
    {
        var d = TestArticles.Extract(Hosted);
        var call = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:tadala-mbewe", m.Id)).ToList();
        Assert.NotEmpty(call);
        Assert.All(call, m => Assert.Equal("talks", m.Kind));
        Assert.All(call, m => Assert.True(d.Has("ATTENDED", "person:mwila-banda", m.Id), d.Dump()));
    }

    [Fact]
    public void TheCallersGuestIsNotAtTheStateVisit()
    {
        var d = TestArticles.Extract(Hosted);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tadala-mbewe", m.Id) && d.Has("ATTENDED", "person:chikondi-phiri", m.Id));
    }

    [Fact]
    public void ACourtesyCallToSomeoneIsAnEncounter()
    {
        var d = TestArticles.Extract("""
            date 2021-05-18 Malawian Foreign Minister Tadala Mbewe paid a short courtesy call to Zambian President Mwila Banda at State House on Tuesday.
            """);
        var call = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:tadala-mbewe", m.Id) && d.Has("ATTENDED", "person:mwila-banda", m.Id)).ToList();
        Assert.NotEmpty(call);
        Assert.All(call, m => Assert.Equal("talks", m.Kind));
    }
}
