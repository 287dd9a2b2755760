namespace RelationsGraph.Extraction.Tests;

/// <summary>A body's full name glossed by the acronym of its initials in brackets is one organization, also where the acronym comes back alone.</summary>
public class AcronymGlossedBodyTests
{
    [Fact]
    public void CapitalisedWordsSpellingTheBracketedAcronymAreOneBody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Delegates of the Rally for Orvald Unity (ROU) met the interior minister in Kerrow on Tuesday.");
        var body = Assert.Single(d.OfType("Organization"), o => o.Name == "Rally for Orvald Unity");
        Assert.Contains("ROU", body.Aliases);
        Assert.DoesNotContain(d.OfType("Person"), p => p.Name.Contains("Orvald"));
    }

    [Fact]
    public void TheAcronymAloneLaterIsTheSameBody()
    {
        var d = TestArticles.Extract("date 2024-06-02 The Brisk Waters Concord (BWC) was formed in 1998 by fishing villages on the coast.\n\n" +
                                     "Elders say the BWC now speaks for twenty villages.");
        Assert.Single(d.OfType("Organization"), o => o.Name == "Brisk Waters Concord");
        Assert.DoesNotContain(d.OfType("Organization"), o => o.Name == "BWC");
    }

    [Fact]
    public void ACountryInsideTheNameStaysACountry()
    {
        var d = TestArticles.Extract("date 2024-06-02 Leaders of the National Rally of Chile (NRC) walked out of the hall in Drevan.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "National Rally of Chile");
        Assert.Contains(d.OfType("Country"), c => c.Id == "country:cl");
    }

    [Fact]
    public void AnAreaGlossedByItsAcronymIsNoBody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Ministers discussed the Velmar Open Trade Area (VOTA) at the meeting in Kerrow.");
        Assert.DoesNotContain(d.OfType("Organization"), o => o.Name.Contains("Velmar"));
    }
}
