namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A name whose last word is a place word ("Villa", "Lake", "Hall") is still a person's when an office title stands right
/// before it or it is in apposition after a person noun; a monarch's title or a possessive before it leaves a venue
/// (see OfficeBeforeAPlaceSuffix).
/// </summary>
public class OfficeBeforeAPlaceSuffixTests
{
    [Fact]
    public void AnOfficeTitleBeforeANameEndingInAPlaceWordShowsAPerson()
    {
        var d = TestArticles.Extract("""
            date 2021-02-11 Troops to stay
            Defence Secretary Tomas de Villa said the troops of Ruritania would stay in the hills for now.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Tomas de Villa");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name.Contains("Villa"));
    }

    [Fact]
    public void ANameInAppositionAfterAPersonNounIsAPerson()
    {
        var d = TestArticles.Extract("""
            date 2021-02-11 Talks at the border
            The envoy, the security adviser, Ansel Lake, and two aides crossed the border at Kelsbury on Monday.
            """);
        Assert.Contains(d.OfType("Person"), p => p.Name == "Ansel Lake");
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Ansel Lake");
    }

    [Fact]
    public void APossessiveTitleBeforeAPlaceWordLeavesTheVenue()
    {
        var d = TestArticles.Extract("""
            date 2021-02-11 A quiet ceremony
            On Monday the instruments were exchanged in the Prime Minister's Official Residence.
            """);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Residence"));
    }
}
