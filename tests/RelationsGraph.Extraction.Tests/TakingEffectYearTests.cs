namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A date on which a document takes effect or enters into force is a later stage of it, not when it was made: it gives
/// the document no year.
/// </summary>
public class TakingEffectYearTests
{
    [Fact]
    public void TheDateADocumentTakesEffectDoesNotDateIt()
    {
        var d = TestArticles.Extract("""
            Andean ministers initial customs pact

            Trade ministers of Bolivia and Paraguay initialled the text of the Chaco Customs Agreement on Thursday in Tarija.

            If both congresses approve it, the Chaco Customs Agreement would take effect on March 1, 2031.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2031, pact.Year);
    }

    [Fact]
    public void ADocumentEnteringIntoForceInAYearIsNotOfThatYear()
    {
        var d = TestArticles.Extract("""
            date 2030-05-02 Bolivia and Paraguay reviewed their river accords on Tuesday.

            In 2027 the Pilcomayo Basin Treaty came into force between the two neighbours.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Name.Contains("Pilcomayo") && a.Year == 2027);
    }
}
