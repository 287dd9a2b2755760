namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A dated reference that names no one, shares no place and is of another kind than an undated gathering tells another event:
/// it neither joins nor dates it. A date between a determiner and its own noun dates that noun, not the gathering.
/// </summary>
public class UnsharedDateTests
{
    [Fact]
    public void AnotherBodysMeetingDoesNotDateTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-08 Estonian Foreign Minister Kalev Tamm and Latvian Foreign Minister Ruta Ozola signed a fisheries accord in Tallinn.
            Tamm called the accord a fair deal for both fleets.
            Separately, grain exporters meeting on 3 March agreed to extend their quotas.
            """);
        var signing = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:ruta-ozola", m.Id)).ToList();
        Assert.NotEmpty(signing);
        Assert.All(signing, m => Assert.NotEqual("2024-03-03", m.Date));
    }

    [Fact]
    public void ADateModifyingAnotherNounDoesNotDateTheSummit()
    {
        var d = TestArticles.Extract("""
            date 2024-02-20 Estonian President Mart Kask hosted Latvian President Anna Berzina and Lithuanian President Jonas Petraitis at a summit in Tallinn.
            The summit urged the two neighbours to reverse their 14 January decision to close the border crossings.
            """);
        var summit = d.OfType("Meeting").Where(m => d.Has("ATTENDED", "person:jonas-petraitis", m.Id)).ToList();
        Assert.NotEmpty(summit);
        Assert.All(summit, m => Assert.NotEqual("2024-01-14", m.Date));
    }
}
