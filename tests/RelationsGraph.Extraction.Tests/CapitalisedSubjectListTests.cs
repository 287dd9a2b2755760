namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// CapitalisedSubjectList: a title's subject listed in capitals, set apart by commas and closed by "and", stays in the
/// title; a comma that leads into no such list ends it.
/// </summary>
public class CapitalisedSubjectListTests
{
    [Fact]
    public void ACommaListClosedByAndStaysInTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            Ruritania and Arcadia on Monday signed the Treaty of Amity, Commerce and Navigation in Zenda.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.EndsWith("Treaty of Amity, Commerce and Navigation", StringComparison.Ordinal));
    }

    [Fact]
    public void ASerialCommaAndLongerItemsStayInTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            The leaders of Ruritania and Arcadia signed the Pact on Stability, River Trade, and Good-Neighbourly Relations between their countries on Friday.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name!.EndsWith("Pact on Stability, River Trade, and Good-Neighbourly Relations", StringComparison.Ordinal));
    }

    [Fact]
    public void ACommaBeforeANewClauseEndsTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            Ruritania signed the Treaty of Amity, Arcadia said on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("Arcadia"));
    }

    [Fact]
    public void AListThatAndHasClosedDoesNotGoOnAfterAComma()
    {
        var d = TestArticles.Extract("""
            date 2021-06-08
            The Treaty of Amity and Commerce, and Premier Tolvan and Chancellor Meriel signed a shorter note in Zenda on Monday.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name!.Contains("Tolvan"));
    }
}
