namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A signing that is only planned in the sentence ("during which they intend to sign", "are due to sign", "should be signed
/// later") is no product of the talks the story reports.
/// </summary>
public class PlannedSigningTests
{
    private const string Story = """
        date 2024-09-20 Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Thursday.
        The two leaders discussed trade, fisheries and the shared border.
        """;

    [Theory]
    [InlineData("Hassan accepted an invitation to visit Nairobi in December, during which the two leaders intend to sign a border agreement.")]
    [InlineData("Officials said a border agreement between Kenya and Tanzania should be signed later this year.")]
    // The whole class of words of expectation and timetable: "expects to sign", "are set to sign".
    [InlineData("Kenya also expects to sign a separate fisheries treaty with Uganda.")]
    [InlineData("Ruto said the ministers are set to sign a fisheries pact soon.")]
    public void APlannedSigningIsNoProductOfTheTalks(string sentence)
    {
        var d = TestArticles.Extract(Story + sentence + "\n");
        foreach (var agreement in d.OfType("Agreement"))
            Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }

    [Fact]
    public void ASigningDoneAlongsideAPlanStillCounts()
    {
        var d = TestArticles.Extract(Story + "On Thursday the two leaders signed a border agreement, and their ministers will sign a fisheries accord in December.\n");
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && d.Entity(r.To).Type == "Agreement");
    }
}
