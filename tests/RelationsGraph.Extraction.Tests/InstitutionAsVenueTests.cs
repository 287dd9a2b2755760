namespace RelationsGraph.Extraction.Tests;

/// <summary>A university, academy or office named as where a gathering takes place is a venue (a place), not a body.</summary>
public class InstitutionAsVenueTests
{
    [Fact]
    public void TalksAtAnAcademyMakeTheAcademyAPlace()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao held talks with Nigerien President Moussa Dandi at the Mossgrave Academy on Monday.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Mossgrave Academy");
        Assert.DoesNotContain(d.OfType("Organization"), o => o.Name == "Mossgrave Academy");
    }

    [Fact]
    public void ASpeechAtAUniversityMakesTheUniversityAPlaceForTheWholeArticle()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            Malian President Issa Kantao gave a speech to students at Tarvel University on Tuesday.

            Tarvel University was founded by missionaries a century ago.
            """);
        Assert.Contains(d.OfType("Place"), p => p.Name == "Tarvel University");
        Assert.DoesNotContain(d.OfType("Organization"), o => o.Name == "Tarvel University");
    }

    [Fact]
    public void AScholarAtAUniversityLeavesItAnOrganization()
    {
        var d = TestArticles.Extract("""
            date 2021-05-11

            "The border deal is fragile," said Amina Sorrel, a historian at Tarvel University.
            """);
        Assert.DoesNotContain(d.OfType("Place"), p => p.Name == "Tarvel University");
    }
}
