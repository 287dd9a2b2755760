namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// What a gathering ends with is what it made, however far the ending verb stands before "with" in its clause
/// ("the leaders closed their two-day meeting in X on Friday with a memorandum"; see AgreementMentionFinder.GatheringEndedWith).
/// </summary>
public class GatheringEndedWithTests
{
    [Fact]
    public void ADocumentAGatheringClosedWithFarAfterTheVerbIsItsProduct()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14 Prime Minister Marta Olen of Norland held talks with Prime Minister Ivo Drasko of Vestria in Selvana on Monday.
            The two leaders closed their long afternoon of talks at the lakeside palace with a memorandum on barge traffic along the Vell.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        var produced = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == memorandum.Id);
        Assert.Contains(d.OfType("Meeting"), m => m.Id == produced.From);
    }

    [Fact]
    public void ADocumentTheLeadersEmergedWithIsTheMeetingsProduct()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14 Prime Minister Marta Olen of Norland held talks with Prime Minister Ivo Drasko of Vestria in Selvana on Monday.
            After four hours behind closed doors the pair emerged from the old fortress with a memorandum on fishing quotas in the Vell estuary.
            """);
        var memorandum = Assert.Single(d.OfType("Agreement"));
        Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == memorandum.Id);
    }

    // Guard (passes with the rule off too): a passive ending verb has the document as its subject; "with" after it is no gathering's close.
    [Fact]
    public void APassiveEndingVerbDoesNotConcludeTheDocumentAfterWith()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14 Foreign Minister Marta Olen of Norland signed a fisheries accord with Foreign Minister Ivo Drasko of Vestria in Selvana on Monday.
            The accord was concluded in full keeping with the 1961 Treaty of Kell on the river border.
            """);
        Assert.Single(d.Relationships, r => r.Type == "PRODUCED");
    }

    // Guard (passes with the rule off too): an ending verb in another clause, past a semicolon, does not reach the document.
    [Fact]
    public void AnEndingVerbInAnotherClauseDoesNotConcludeTheDocument()
    {
        var d = TestArticles.Extract("""
            date 2022-03-14 Prime Minister Marta Olen of Norland held talks with Prime Minister Ivo Drasko of Vestria in Selvana on Monday.
            The war between the two ended long ago; both cabinets still disagree with the 1961 Treaty of Kell on the river border.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED");
    }
}
