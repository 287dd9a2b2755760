using RelationsGraph.Extraction.Cleaning;

namespace RelationsGraph.Extraction.Tests;

/// <summary>Rules that replaced ones fitted to a single article: each holds on sentences no seed contains.</summary>
public class AuditedRuleTests
{
    [Theory]
    [InlineData("Share | Tweet | WhatsApp | Copy link")]
    [InlineData("Listen to this article")]
    [InlineData("A+ A- Print")]
    [InlineData("Text size: larger smaller")]
    public void ControlBarsOfAnySiteAreChrome(string line) => Assert.True(ArticleCleaner.IsChrome(line));

    [Theory]
    [InlineData("Page one of the accord")]
    [InlineData("Share prices rose after the talks.")]
    [InlineData("Big Story")]
    public void ShortProseIsNotChrome(string line) => Assert.False(ArticleCleaner.IsChrome(line));

    [Fact]
    public void AccordingToIsNoConcludingVerb()
    {
        // "according to" attributes a claim; it never says that anyone concluded the document.
        var d = TestArticles.Extract("""
            date 2025-03-04 Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Elmer Schialer in Lima on Monday.
            Trade grew under a partnership, according to officials.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Kind == "partnership");
    }

    [Fact]
    public void AnAgreementPlacedYearsAgoIsNotWhatTheMeetingProduced()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 Indonesian President Prabowo Subianto held talks with Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday.
            At the talks the two leaders praised a border accord their countries concluded two decades ago.
            """);
        var accord = d.OfType("Agreement").Single();
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
    }

    [Fact]
    public void AnAgreementConcludedAtTheMeetingIsStillProduced()
    {
        var d = TestArticles.Extract("""
            date 2025-05-20 Indonesian President Prabowo Subianto held talks with Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday.
            At the talks the two leaders signed a border accord, ending a dispute that began years before.
            """);
        var accord = d.OfType("Agreement").Single();
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
    }
}
