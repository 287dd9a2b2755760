namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document that a meeting's sentence ratifies, implements, leaves or commemorates already existed: that meeting did not
/// produce it, while a document the same kind of sentence signs still comes out of the meeting (see ActedOnAsExisting).
/// </summary>
public class ActedOnAsExistingTests
{
    private const string Visit = "Chilean President Gabriel Boric hosted Argentine President Alberto Fernandez in Santiago this week.";

    // An undated story whose only year is the treaty's own: exchanging ratifications is no making, whatever the year check says.
    [Fact]
    public void ExchangingRatificationsOfAnOlderTreatyDoesNotProduceIt()
    {
        var d = TestArticles.Extract($"""
            Chile and Argentina mend ties

            {Visit} During the visit both foreign ministers celebrated the ratification of the 1984 Andes Boundary Treaty, ending a long dispute over southern islands.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
    }

    [Fact]
    public void WithdrawingFromATreatyDoesNotProduceIt()
    {
        var d = TestArticles.Extract($"""
            date 2022-01-20 {Visit} During the visit the two leaders announced they would withdraw from the Treaty of Maipu on Integration.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
    }

    [Fact]
    public void SignedInTheSameShapeOfSentenceItIsStillProduced()
    {
        var d = TestArticles.Extract($"""
            Chile and Argentina mend ties

            {Visit} The visit saw the two foreign ministers sign the Treaty of Maipu on Integration, closing a long quarrel over islands in the far south.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
    }

    // A capitalised act noun is a word of a longer title, not an act: the package is made here.
    [Fact]
    public void AnActNounInsideATitleIsNoAct()
    {
        var d = TestArticles.Extract($"""
            date 2022-01-20 {Visit} During the visit the two foreign ministers signed the Roadmap for the Implementation of the Santiago Accords.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED");
    }
}
