namespace RelationsGraph.Extraction.Tests;

/// <summary>A generational suffix written as an ordinal ("Tomas A. Rist 3d") is part of the name.</summary>
public class OrdinalSuffixNameTests
{
    [Fact]
    public void AnOrdinalSuffixClosesTheName()
    {
        var d = TestArticles.Extract("date 1989-12-02 The President of Portugal was accompanied by Foreign Minister Tomas A. Rist 3d, the national security adviser Ivo Brant and the chief of staff.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tomas A. Rist 3d");
    }
}
