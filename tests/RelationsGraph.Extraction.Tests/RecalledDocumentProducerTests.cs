namespace RelationsGraph.Extraction.Tests;

/// <summary>A definite document met for the first time and dated by its sentence is recalled: the sentence's meeting made it only if the sentence concludes it.</summary>
public class RecalledDocumentProducerTests
{
    [Fact]
    public void ADealRecalledBesideTodaysTalksIsNotTheirProduct()
    {
        var d = TestArticles.Extract("""
            date 2019-09-20 Leaders of five Central Asian states met in Tashkent on Friday for a regional summit.
            On the sidelines of the summit, Uzbek President Shavkat Mirziyoyev held talks with Tajik President Emomali Rahmon, their first encounter since Dushanbe abandoned the water deal in early 2019.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == deal.Id);
    }

    [Fact]
    public void ADealTheSentenceConcludesIsStillTheProductOfItsMeeting()
    {
        var d = TestArticles.Extract("""
            date 2019-09-20 Uzbek President Shavkat Mirziyoyev and Tajik President Emomali Rahmon held talks in Tashkent on Friday and signed the water deal, first drafted in early 2019.
            """);
        var deal = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == deal.Id);
    }
}
