namespace RelationsGraph.Extraction.Tests;

/// <summary>The Swedish nobility's "af" stays inside a name (SwedishNobleParticle, a name connector in Lexicon).</summary>
public class SwedishNobleParticleTests
{
    [Fact]
    public void AfBetweenGivenNameAndFamilyNameKeepsTheNameWhole()
    {
        var d = TestArticles.Extract("date 2031-05-04 Sweden's envoy Nils af Brekkum signed the accord in Velmora on Monday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Nils af Brekkum");
    }
}
