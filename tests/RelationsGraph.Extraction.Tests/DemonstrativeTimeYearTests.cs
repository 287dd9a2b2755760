namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "that November", "that spring" after a told year: a demonstrative of time is a date phrase of the making clause, not a
/// relative "that" that ends it, so a document signed with a party in a place "that November" takes the told year.
/// </summary>
public class DemonstrativeTimeYearTests
{
    [Fact]
    public void ThatMonthAfterASideAndAPlaceDatesTheDocument()
    {
        var d = TestArticles.Extract("""
            *Posted 3 March 2024 by a staff writer*

            The quarrel began on 4 May 1987, when Veloria opened the Kessa dam. Ostrava replied by signing its own Marlen Treaty with Veloria in Dunmere that November.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Marlen Treaty") && a.Year == 1987);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("Marlen Treaty") && a.Year == 2024);
    }

    [Fact]
    public void ThatMonthAfterTheSideDatesASignedDocument()
    {
        var d = TestArticles.Extract("""
            *Posted 3 March 2024 by a staff writer*

            The quarrel began on 4 May 1987, when Veloria opened the Kessa dam. Ostrava signed the Marlen Treaty with Veloria in Dunmere that November.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.Contains("Marlen Treaty") && a.Year == 1987);
    }

    [Fact]
    public void ARelativeThatStillEndsTheClause()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05
            Ostrava signed the Marlen Treaty with Veloria, a pact that many critics said in 1990 was unfair.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("Marlen Treaty") && a.Year == 1990);
    }
}
