namespace RelationsGraph.Extraction.Tests;

/// <summary>"the 1975 signing of the X Act": a year on the making noun dates the recalled document, not the story's year.</summary>
public class YearOnTheMakingNounTests
{
    [Fact]
    public void TheSigningsYearDatesTheRecalledDocument()
    {
        var d = TestArticles.Extract("""
            VELMORA, May 4, 2019 - Foreign Minister Anika Strand of Kestia and Foreign Minister Paul Orrin of Dunmar held talks in Velmora on Saturday.
            Velmora, which also hosted the 1968 signing of the Harbour Final Act by twelve nations, has long served as a meeting place.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Harbour Final Act") && a.Year == 1968);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("Harbour Final Act") && a.Year == 2019);
    }
}
