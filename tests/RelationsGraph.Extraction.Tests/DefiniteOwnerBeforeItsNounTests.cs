namespace RelationsGraph.Extraction.Tests;

/// <summary>"back to the Margrave's council": one capitalised word after "the" that owns a lower-case noun is no place.</summary>
public class DefiniteOwnerBeforeItsNounTests
{
    [Fact]
    public void TheOwnerOfTheNounAfterALocativeIsNoPlace()
    {
        var d = TestArticles.Extract("""
            date 2022-06-14

            The envoy Rolf Ambeck carried the draft back to the Margrave's council in Tessenau, and returned with its answer a week later.

            Early in the Governor's second term, Ambeck met him in Tessenau again.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Margrave");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Governor");
        Assert.Contains(d.OfType("Place"), p => p.Name == "Tessenau");
    }

    [Fact]
    public void AnOwnerWithoutTheArticleStaysAPlace()
    {
        var d = TestArticles.Extract("""
            date 2022-06-14

            The envoy Rolf Ambeck met the mayor in Tessenau's old town hall on Friday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name.StartsWith("Tessenau"));
    }
}
