namespace RelationsGraph.Extraction.Tests;

/// <summary>"the 2019 summit in Accra, which produced the Accra Declaration": a relative verb after a meeting tells its product.</summary>
public class MeetingThatProducedTests
{
    private const string Opening = "date 2025-02-18 Leaders of the Economic Community of West African States met in Abuja on Tuesday.\n";

    [Theory]
    [InlineData("Diplomats compared it with the 2019 summit in Accra under John Mahama, which produced the Accra Declaration.")]
    [InlineData("Diplomats compared it with the talks in Accra in 2019, talks that produced the short-lived Accra Declaration.")]
    public void TheMeetingBeforeTheRelativeVerbProducedTheDocument(string sentence)
    {
        var d = TestArticles.Extract(Opening + sentence);
        var declaration = Assert.Single(d.OfType("Agreement"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
        Assert.Contains("accra", producer.From);
    }

    [Fact]
    public void AVerbOfAnotherClauseProducesNothing()
    {
        var d = TestArticles.Extract(Opening + "Diplomats compared it with the 2019 summit in Accra. Critics said that a panel produced the Accra Declaration.");
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.From.Contains("accra"));
    }
}
