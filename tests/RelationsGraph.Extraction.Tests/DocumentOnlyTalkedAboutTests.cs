namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "tried to draw A and B into a regional framework": an unnamed, undated document the sentence neither makes nor has signed
/// is only talked about, so the countries of its sentence are no sides of it.
/// </summary>
public class DocumentOnlyTalkedAboutTests
{
    [Fact]
    public void CountriesBesideADocumentOnlyTalkedAboutAreNoSides()
    {
        // Of a story of more than two countries, so that no principal pair is guessed either.
        var d = TestArticles.Extract("""
            date 2024-05-10 Fisheries ministers of Ecuador, Colombia and Bolivia met in the port town of Arvena on Friday to discuss falling catches.
            Diplomats said Peru and Chile also discussed a joint statement on fishing quotas.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("PARTY_TO", "country:pe", a.Id) || d.Has("PARTY_TO", "country:cl", a.Id));
    }

    [Fact]
    public void CountriesThatSignTheDocumentAreStillItsSides()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10 Peru and Chile signed a regional fisheries framework in the port town of Arvena on Friday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("PARTY_TO", "country:pe", agreement.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:cl", agreement.Id), d.Dump());
    }
}
