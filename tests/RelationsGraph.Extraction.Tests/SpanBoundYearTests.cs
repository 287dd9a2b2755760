namespace RelationsGraph.Extraction.Tests;

/// <summary>"frozen since 2014": a year that bounds a span does not date a document referred to in its clause.</summary>
public class SpanBoundYearTests
{
    [Fact]
    public void AYearAfterSinceDoesNotMakeANewDatedDocument()
    {
        var d = TestArticles.Extract("""
            date 2023-02-26 Foreign Minister Ayman Safadi met Foreign Minister Sameh Shoukry in Aqaba on Sunday.
            The Oslo Accords of 1993 remain the main framework for talks, though negotiations have been frozen since 2014.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("2014", StringComparison.Ordinal));
    }
}
