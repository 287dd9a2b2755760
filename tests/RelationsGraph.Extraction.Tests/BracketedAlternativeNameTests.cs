namespace RelationsGraph.Extraction.Tests;

/// <summary>"the X Treaty (or Y pact)": a name offered in brackets after "or" is the same document's other name.</summary>
public class BracketedAlternativeNameTests
{
    [Fact]
    public void AnAlternativeNameInBracketsIsTheSameDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-11-04 President Emmanuel Macron met President Abdelmadjid Tebboune in Paris on Monday.
            The Evian Accords (or Evian agreement) were signed in March 1962 by Louis Joxe and Krim Belkacem.
            """);
        Assert.Single(d.OfType("Agreement"));
    }
}
