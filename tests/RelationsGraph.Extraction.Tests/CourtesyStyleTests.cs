namespace RelationsGraph.Extraction.Tests;

/// <summary>Spanish, Italian, French and German courtesy styles ("Señor", "Signor", "Monsieur", "Herr", "Don" before a full name) are no part of a name.</summary>
public class CourtesyStyleTests
{
    [Fact]
    public void ACourtesyStyleBeforeASurnameIsLeftOut()
    {
        var d = TestArticles.Extract("date 1884-03-02 Tomás Quintanar and Aldo Albertelli reached Valdora on Monday. On Tuesday Señor Quintanar and Signor Albertelli signed the treaty, and Monsieur Ravaillac said it would hold.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("Señor") || p.Name.StartsWith("Signor") || p.Name.StartsWith("Monsieur"));
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tomás Quintanar");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Aldo Albertelli");
    }

    [Fact]
    public void DonBeforeAFullNameIsAStyleButBeforeASurnameAGivenName()
    {
        var d = TestArticles.Extract("date 1884-03-02 The treaty was signed in Valdora by Don Ramiro Esteban Quintanar. Foreign Minister Don Harlow of Valdora said the terms were fair.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ramiro Esteban Quintanar");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Don Ramiro Esteban Quintanar");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Don Harlow");
    }
}
