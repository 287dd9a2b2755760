namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Office of the President" and the like are the head's staff, a body, not the head or his post.</summary>
public class OfficeOfTheHeadTests
{
    [Fact]
    public void TheOfficeOfThePresidentIsABody()
    {
        var d = TestArticles.Extract("date 2024-06-02 The two leaders spoke about grain shipments for forty minutes, the Office of the President said late on Tuesday.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Office of the President");
    }

    [Fact]
    public void OfTheRepublicAndAndCabinetBelongToTheName()
    {
        var d = TestArticles.Extract("date 2024-06-02 A note that the Office of the Vice-President of the Republic put out on Friday said the visit to Harvell was arranged in May.\n\n" +
                                     "Copies were sent by the Office of the Premier and Cabinet to every regional council.");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Office of the Vice-President of the Republic");
        Assert.Contains(d.OfType("Organization"), o => o.Name == "Office of the Premier and Cabinet");
    }
}
