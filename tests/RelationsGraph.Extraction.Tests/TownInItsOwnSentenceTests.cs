namespace RelationsGraph.Extraction.Tests;

/// <summary>A meeting whose own sentence names a town of another country after "in" or "at" is not given the dateline city.</summary>
public class TownInItsOwnSentenceTests
{
    [Fact]
    public void ASigningToldWithAForeignTownInItsSentenceIsNotInTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - In Lisbon on Thursday, after a long night of haggling over fishing quotas, Polish Prime Minister Marek Zielny and Swedish Prime Minister Sven Ahlgren signed a treaty.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:oslo");
    }

    [Fact]
    public void ATownOfTheDatelinesOwnCountryLeavesTheDatelineCity()
    {
        var d = TestArticles.Extract("""
            date 2024-05-10

            OSLO, May 10 (Wire) - In Bergen on Thursday, after a long night of haggling over fishing quotas, Polish Prime Minister Marek Zielny and Swedish Prime Minister Sven Ahlgren signed a treaty.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "HELD_IN" && r.To == "place:oslo");
    }
}
