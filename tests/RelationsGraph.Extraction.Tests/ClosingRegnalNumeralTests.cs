namespace RelationsGraph.Extraction.Tests;

/// <summary>A Roman numeral closing a name (a generational suffix, or a cleric's regnal number) is part of the name.</summary>
public class ClosingRegnalNumeralTests
{
    [Fact]
    public void AGenerationalNumeralAfterAFullNameIsPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 Finance Secretary Tomas Arvelo III and Trade Secretary Lina Cortez joined the talks in Manila.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tomas Arvelo III" || p.Aliases.Contains("Tomas Arvelo III"));
    }

    [Fact]
    public void AClericsRegnalNumeralAfterHisTitleIsPartOfTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 Pope Halvard II, head of the Orvenian Church, met the visiting minister in Cairo on Monday.");
        Assert.Contains(d.OfType("Person"), p => p.Name.Contains("Halvard II") || p.Aliases.Any(a => a.Contains("Halvard II")));
    }

    [Fact]
    public void ANumeralAfterOneWordWithoutATitleMakesNoPerson()
    {
        var d = TestArticles.Extract("date 2024-06-02 The delegates discussed Annex II of the treaty in Geneva on Monday.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Annex"));
    }
}
