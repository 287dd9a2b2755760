namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, who had presided over the 1988 summit in Y": a gathering of a written year in a pluperfect who-clause is an earlier one.</summary>
public class PluperfectWhoClauseTests
{
    [Fact]
    public void TheEarlierSummitOfAWhoClauseTakesNoneOfTheLaterAttendance()
    {
        var d = TestArticles.Extract("""
            Leaders of the coastal states opened their summit in Corvana on Monday, hosted by President Ilse Marrow.
            Marrow asked the hall to stand for Tomas Verhuld, the Ostrian leader who died in March and who had presided over the 1988 summit in Lendholm.
            Some forty heads of state made the trip.
            President Alvaro Pinter of Moravia and President Edric Solen of Tessaly also attended.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("HELD_IN", m.Id, "place:lendholm") && d.Has("ATTENDED", "person:alvaro-pinter", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:alvaro-pinter", m.Id) && d.Has("ATTENDED", "person:ilse-marrow", m.Id));
    }

    [Fact]
    public void AWhoClauseAboutTheCurrentTalksStaysWithThem()
    {
        var d = TestArticles.Extract("""
            date 2024-03-12 Foreign ministers of Ostria and Moravia held talks in Corvana on Tuesday.
            Ostrian Foreign Minister Dana Kell, who had flown in for the talks, met Moravian Foreign Minister Piet Aros.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:dana-kell", m.Id) && d.Has("ATTENDED", "person:piet-aros", m.Id));
    }
}
