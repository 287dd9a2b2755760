namespace RelationsGraph.Extraction.Tests;

/// <summary>"The signing took place in X": the bare noun "signing" as the subject of a verb of happening is a signing of its own.</summary>
public class SigningTookPlaceTests
{
    [Fact]
    public void TheSigningThatTookPlaceIsAMeeting()
    {
        var d = TestArticles.Extract("date 2021-03-05 Norvania and Kestria have settled their long customs dispute with the Brisa Customs Accord. " +
                                     "The signing took place in Ostel on Friday.");
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "signing");
    }

    [Fact]
    public void TheSigningOfTheDocumentWasHeldIsAMeeting()
    {
        var d = TestArticles.Extract("date 2021-03-05 Norvania and Kestria have settled their long customs dispute with the Brisa Customs Accord. " +
                                     "The signing of the accord was held in Ostel on Friday.");
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "signing");
    }
}
