namespace RelationsGraph.Extraction.Tests;

/// <summary>An apposition whose participle makes the document concludes it, however far the verb stands from the name.</summary>
public class ConcludedInAppositionTests
{
    [Fact]
    public void ADocumentDescribedAsAdoptedComesOutOfTheMeetingReported()
    {
        var d = TestArticles.Extract("""
            date 2023-06-12 Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera held talks in Lusaka on Friday.
            The Lusaka Charter, a ten-page text adopted on Friday evening, sets up a river commission.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == charter.Id);
    }

    [Fact]
    public void AnAppositionWithoutAMakingParticipleConcludesNothing()
    {
        var d = TestArticles.Extract("""
            date 2023-06-12 Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera held talks in Lusaka on Friday.
            They discussed the Lusaka Charter, a ten-page text drafted by lawyers last year.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}
