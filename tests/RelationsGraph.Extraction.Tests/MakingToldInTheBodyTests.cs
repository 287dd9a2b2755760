namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A headline packs the making of a document and a side event into one line; the lead tells the gathering that made it.
/// </summary>
public class MakingToldInTheBodyTests
{
    [Fact]
    public void TheLeadsGatheringMakesTheDocumentNotTheVisitOfTheHeadline()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Chile and Peru sign Copper Coast Declaration as Soto visit opens a warmer chapter

            Chilean President Mario Soto and Peruvian President Elena Rivas signed the Copper Coast Declaration on Tuesday after talks at the Government Palace in Lima.

            Soto arrived in Lima on Monday for a state visit of two days, his first since taking office.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == declaration.Id);
        Assert.NotEqual("visit", d.Entity(producer.From).Kind);
    }
}
