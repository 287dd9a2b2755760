namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document comes out of a meeting only when it is concluded at the meeting's time: a signing the sentence dates weeks
/// apart from the talks the story reports ("On 3 July the two rivals signed", "Last month the minister signed") is another event.
/// </summary>
public class ConcludedAtAnotherTimeTests
{
    private const string Story = """
        date 2024-09-20 Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Thursday.
        The two leaders discussed trade, fisheries and the shared border.
        """;

    [Fact]
    public void ASigningDatedMonthsBeforeTheTalksIsNoProductOfThem()
    {
        var d = TestArticles.Extract(Story + "On 3 July the two leaders signed a border agreement, which set up a joint commission.\n");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id && d.Entity(r.From).Date != "2024-07-03");
    }

    [Fact]
    public void AMinisterWhoSignedLastMonthDidNotSignAtThisWeeksTalks()
    {
        var d = TestArticles.Extract(Story + "Last month, Trade Minister Rebecca Miano signed an arrangement on fisheries in Dodoma.\n");
        var agreement = Assert.Single(d.OfType("Agreement"));
        // Her signing of last month is built as one of its own (see SigningDatedApartTests); the talks made nothing.
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id && d.Entity(r.From).Kind != "signing");
    }

    [Fact]
    public void ASigningOnTheDayOfTheTalksIsTheirProduct()
    {
        var d = TestArticles.Extract(Story + "On Thursday the two leaders signed a border agreement, which set up a joint commission.\n");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }

    // A history piece, published centuries after the treaty it tells: its undated talks are of the story's year, not of
    // the day of publication, so a signing dated in that year is still their product, and one dated in another year is not.
    private const string HistoryPiece = """
        date 2021-04-14 Two hundred years ago today, the envoys of Austria and Sardinia ended their quarrel over the river tolls.
        The talks opened in Turin that winter, with Count Egon Vallnor for Austria and Marquis Carlo Bresso for Sardinia.
        """;

    [Fact]
    public void AHistoryPiecesTalksMadeTheTreatySignedOnTheDayItCountsBackTo()
    {
        var d = TestArticles.Extract("""
            date 2021-04-14 On 14 April 1821, envoys of Austria and Sardinia signed the Treaty of Turin, ending their long quarrel over the river tolls.
            The talks had opened in Turin that winter, with Count Egon Vallnor for Austria and Marquis Carlo Bresso for Sardinia.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id && d.Entity(r.From).Kind == "talks");
    }

    [Fact]
    public void GuardAHistoryPiecesTalksDidNotMakeATreatySignedInAnotherYear()
    {
        var d = TestArticles.Extract(HistoryPiece + "On 3 May 1815, envoys of both courts had signed the Treaty of Turin.\n");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id && d.Entity(r.From).Kind == "talks");
    }
}
