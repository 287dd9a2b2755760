namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// AgreementMentionFinder.PlaceParticleInTitle: a place name's lower-case particle (de, del, da, do) between capitalised words
/// stays inside a document's title.
/// </summary>
public class PlaceParticleInTitleTests
{
    [Fact]
    public void TheParticleOfAPlaceNameDoesNotEndTheTitle()
    {
        var d = TestArticles.Extract("""
            date 2021-08-17 Foreign ministers Lucas Ferrand and Ana Belmonte signed the Charter of Villa del Arroyo on Tuesday.
            """);
        Assert.Contains(d.OfType("Agreement"), a => a.Name.Contains("Charter of Villa del Arroyo"));
    }
}
