namespace RelationsGraph.Extraction.Tests;

/// <summary>A programme listed beside other documents of a signing or an exchange is one of the documents made.</summary>
public class ProgrammeAmongListedDocumentsTests
{
    [Fact]
    public void AProgrammeInARunOfExchangedDocumentsIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2031-06-12 President Arvid Tessel of Norway held talks with President Mirela Ostravan of Romania in Varnholt on Thursday.
            The two presidents then watched their ministers exchange three documents: a memorandum on seaweed farming, an accord on pilot training and a youth theatre programme for 2032-2034.
            """);
        var programme = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("2032-2034"));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == programme.Id);
        Assert.True(d.Has("PARTY_TO", "country:no", programme.Id), d.Dump());
    }

    [Fact]
    public void AProgrammeOpeningAnItemUnderASigningLeadIsADocument()
    {
        var d = TestArticles.Extract("""
            date 2031-06-12 President Arvid Tessel of Norway held talks with President Mirela Ostravan of Romania in Varnholt on Thursday.

            When the talks were over, officials of both sides exchanged three texts:

            1. a youth theatre programme between the two governments;

            2. a memorandum on seaweed farming;

            3. an accord on pilot training.
            """);
        Assert.Equal(3, d.OfType("Agreement").Count());
        Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("programme", StringComparison.OrdinalIgnoreCase) || a.Name.Contains("plan", StringComparison.OrdinalIgnoreCase));
    }
}
