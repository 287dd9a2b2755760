namespace RelationsGraph.Extraction.Tests;

/// <summary>"Senate", "Parliament" or "Congress" after a country's possessive or a sentence's opening "The" is a chamber, a body.</summary>
public class ChamberOfItsCountryTests
{
    [Fact]
    public void AChamberAfterACountrysPossessiveIsABody()
    {
        var d = TestArticles.Extract("date 2024-06-02 The fisheries pact signed in Kessow still has to be approved by Uruguay's Senate before it comes into force.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Senate");
        Assert.Contains(d.OfType("Country"), c => c.Name == "Uruguay");
    }

    [Fact]
    public void AChamberOpeningASentenceIsABody()
    {
        var d = TestArticles.Extract("date 2024-06-02 Envoys initialled the Tellan fisheries accord in Kessow in March.\n\n" +
                                     "The Parliament voted for the accord by a wide margin two weeks later.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Parliament");
    }
}
