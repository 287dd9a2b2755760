namespace RelationsGraph.Extraction.Tests;

/// <summary>A speech or ceremony told once, by one person, with no day or place of its own, is a moment of the event told.</summary>
public class LoneCeremonialMomentTests
{
    [Fact]
    public void ASpeechInsideTheAccountOfASigningIsNoGatheringOfItsOwn()
    {
        var d = TestArticles.Extract("date 2019-03-12 Chilean President Sebastian Pinera and Argentine President Mauricio Macri signed a water-sharing accord " +
                                     "in Santiago on Tuesday. Macri, in a speech that drew long applause, called the accord a gift to both peoples.");
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "speech");
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:mauricio-macri", m.Id));
    }

    [Fact]
    public void ASpeechWithItsOwnDayAndPlaceStays()
    {
        var d = TestArticles.Extract("date 2019-03-12 Chilean President Sebastian Pinera and Argentine President Mauricio Macri signed a water-sharing accord " +
                                     "in Santiago on Tuesday. On Wednesday Macri will give a speech in Valparaiso.");
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "speech");
    }
}
