namespace RelationsGraph.Extraction.Tests;

/// <summary>"H. E.", "H.H.", "H H", "HH" (His or Her Excellency, His or Her Highness) written as letters before a name are no part of it.</summary>
public class LetteredStyleTests
{
    [Fact]
    public void SpacedExcellencyLettersAreLeftOutOfTheName()
    {
        var d = TestArticles.Extract("date 2024-05-01 The President of Velmar, H. E. Anatol Brisvane, met the visiting trade envoy Tomas Reyl in Velmora on Monday.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Anatol Brisvane");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("H."));
    }

    [Fact]
    public void HighnessLettersWithOrWithoutStopsAreLeftOutOfTheName()
    {
        var d = TestArticles.Extract("date 2024-05-01 H.H. Dalibor Krettek received the visiting trade envoy Tomas Reyl in Velmora on Monday. H H Anselmo Quirbet and Foreign Minister HH Ilario Quenaya also took part in the talks.");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Dalibor Krettek");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ilario Quenaya");
        Assert.Contains(d.OfType("Person"), p => p.Name == "Anselmo Quirbet");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.StartsWith("H"));
    }

    [Fact]
    public void SpacedInitialsBeforeASurnameAloneStayTheName()
    {
        // Guard: two initials before a one-word surname are a person's initials; passes with the rule off too.
        var d = TestArticles.Extract("date 1950-05-01 The novelist H. E. Varnsby spoke in Velmora on Monday about the new treaty.");
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name == "Varnsby");
    }
}
