namespace RelationsGraph.Extraction.Tests;

/// <summary>A visit counted among the visitor's trips ("her third visit to X") is placed in its town, not in the country counted.</summary>
public class CountedVisitTests
{
    [Fact]
    public void AVisitCountedByAnOrdinalIsHeldInItsTownOnly()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Chilean President Marta Quelvane, on her third visit to Norway, held talks with Norwegian Prime Minister Ivar Sondheim in Oslo on Tuesday.
            """);
        var visits = d.OfType("Meeting").Where(m => m.Kind == "visit").ToList();
        Assert.NotEmpty(visits);
        Assert.DoesNotContain(visits, m => d.Has("HELD_IN", m.Id, "country:no"));
        Assert.Contains(visits, m => d.Has("HELD_IN", m.Id, "place:oslo"));
    }

    [Fact]
    public void AVisitCountedInAppositionIsHeldInItsTownOnly()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            Chilean President Marta Quelvane paid a state visit to Norway, her fourth, and held talks with Norwegian Prime Minister Ivar Sondheim in Oslo on Tuesday.
            """);
        var visits = d.OfType("Meeting").Where(m => m.Kind == "visit").ToList();
        Assert.NotEmpty(visits);
        Assert.DoesNotContain(visits, m => d.Has("HELD_IN", m.Id, "country:no"));
    }

    [Fact]
    public void AnUncountedVisitWithNoTownKeepsItsCountry()
    {
        // With a town of the visit named, an uncounted visit gives its country way too (see VisitedTownAlone).
        var d = TestArticles.Extract("""
            date 2024-05-10

            Chilean President Marta Quelvane, on a state visit to Norway, held talks with Norwegian Prime Minister Ivar Sondheim on Tuesday.
            """);
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "visit" && d.Has("HELD_IN", m.Id, "country:no"));
    }
}
