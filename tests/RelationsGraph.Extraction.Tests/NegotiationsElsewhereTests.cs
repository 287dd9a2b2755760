namespace RelationsGraph.Extraction.Tests;

/// <summary>Placed talks naming no one, told after a signing the text has not placed: the negotiations, held in their own town.</summary>
public class NegotiationsElsewhereTests
{
    [Fact]
    public void TalksInAnotherTownDoNotPlaceTheSigning()
    {
        var d = TestArticles.Extract("""
            date 2024-03-09

            NAIROBI, March 9 (Wire) - Kenyan Trade Minister Amos Wekesa and Ugandan Trade Minister Ruth Nakato signed a cross-border livestock accord on Saturday.

            Officials said the wording had been agreed at a round of talks in Kampala, after both sides dropped a demand on vaccine certificates.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:kampala" && d.Has("ATTENDED", "person:amos-wekesa", r.From));
    }

    [Fact]
    public void TalksInTheDatelineTownStayTheSigningsOwn()
    {
        var d = TestArticles.Extract("""
            date 2024-03-09

            NAIROBI, March 9 (Wire) - Kenyan Trade Minister Amos Wekesa and Ugandan Trade Minister Ruth Nakato signed a cross-border livestock accord on Saturday.

            Officials said the wording had been agreed at the talks in Nairobi this week, after both sides dropped a demand on vaccine certificates.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:nairobi" && d.Has("ATTENDED", "person:amos-wekesa", r.From));
    }

    [Fact]
    public void AnEarlierRoundInAnotherTownIsNotTheTalksOfTheDateline()
    {
        var d = TestArticles.Extract("""
            date 2024-03-09

            NAIROBI, March 9 (Wire) - Kenyan Trade Minister Amos Wekesa held talks with Ugandan Trade Minister Ruth Nakato on livestock trade.

            A first round of talks in Kampala had ended without progress on vaccine certificates.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:kampala" && d.Has("ATTENDED", "person:amos-wekesa", r.From));
    }
}
