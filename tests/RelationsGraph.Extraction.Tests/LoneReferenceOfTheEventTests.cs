namespace RelationsGraph.Extraction.Tests;

/// <summary>An undated reference told after the event in its sentence, naming no one new and no place of its own, retells that event.</summary>
public class LoneReferenceOfTheEventTests
{
    [Fact]
    public void AVisitNamedAgainInTheSigningsSentenceIsThatEvent()
    {
        var d = TestArticles.Extract("Chilean Foreign Minister Paulo Ventura and Peruvian Foreign Minister Ana Quispe signed a fisheries pact, " +
                                     "and Quispe called the visit by Ventura a success.");
        Assert.Single(d.OfType("Meeting"));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:paulo-ventura", m.Id) && d.Has("ATTENDED", "person:ana-quispe", m.Id));
    }

    [Fact]
    public void AVisitWithItsOwnPlaceInAnotherSentenceStays()
    {
        var d = TestArticles.Extract("Chilean Foreign Minister Paulo Ventura and Peruvian Foreign Minister Ana Quispe signed a fisheries pact in Lima. " +
                                     "Ventura later visited Cusco.");
        Assert.Contains(d.OfType("Meeting"), m => m.Kind == "visit");
    }
}
