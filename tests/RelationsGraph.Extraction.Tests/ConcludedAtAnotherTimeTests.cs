namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document comes out of a meeting only when it is concluded at the meeting's time: a signing the sentence dates weeks
/// apart from the talks the story reports ("On 3 July they signed", "Last month the minister signed") is another event.
/// </summary>
public class ConcludedAtAnotherTimeTests
{
    [Fact]
    public void ASigningDatedMonthsBeforeTheTalksIsNoProductOfThem()
    {
        var d = TestArticles.Extract("""
            date 2024-09-20 Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Thursday.
            The two leaders discussed trade and the shared border.
            On 3 July, Ruto and Hassan signed a border agreement in Mombasa.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }

    [Fact]
    public void AMinisterWhoSignedLastMonthDidNotSignAtThisWeeksVisit()
    {
        var d = TestArticles.Extract("""
            date 2024-09-20 Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Thursday.
            The two leaders discussed trade and the shared border.
            Last month, Kenyan Trade Minister Rebecca Miano signed a memorandum on cross-border trade in Dodoma.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }

    [Fact]
    public void ASigningOnTheDayOfTheTalksIsTheirProduct()
    {
        var d = TestArticles.Extract("""
            date 2024-09-20 Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Thursday.
            The two leaders discussed trade and the shared border.
            On Thursday, Ruto and Hassan signed a border agreement.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
    }
}
