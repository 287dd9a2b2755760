namespace RelationsGraph.Extraction.Tests;

/// <summary>"that spring", "that year": a year or season pointed at with "that" takes the year last told, as a month does.</summary>
public class DemonstrativeYearTests
{
    [Fact]
    public void ASeasonPointedAtWithThatDatesTheSignedDocument()
    {
        var d = TestArticles.Extract("""
            *Posted 3 March 2024 by a staff writer*

            The quarrel began on 4 May 1987, when Veloria opened the Kessa dam. Ostrava signed the Marlen Treaty with Veloria in Dunmere that spring.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Marlen Treaty") && a.Year == 1987);
    }

    [Fact]
    public void NoYearToldBeforeLeavesTheSeasonUndated()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            Ostrava signed the Marlen Treaty with Veloria in Dunmere that spring.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year is not null and not 2024);
    }
}
