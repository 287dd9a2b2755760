namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A story that tells its one signing and then names the document in the next sentence, with no verb of making, tells
/// that signing's product: in a retrospective told all in the past as in a report of today's ceremony.
/// </summary>
public class DocumentBesideTheSigningTests
{
    [Fact]
    public void ARetrospectiveSigningMakesTheTreatyNamedRightAfterIt()
    {
        var d = TestArticles.Extract("""
            date 2019-04-02 On 12 March 1871, Orvelian envoy Karel Dunmir and Tessarian minister Ansel Vorke signed the documents at a ceremony in the Foreign Ministry in Lemsk.
            The Treaty of Lemsk ended three years of border war between Orvelia and Tessaria.
            Historians still argue over who gained more.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Lemsk"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
        Assert.StartsWith("1871", d.Entity(producer.From).Date);
    }

    [Fact]
    public void TodaysSigningAtANamedOfficeMakesTheAgreementTheSidesNameNext()
    {
        var d = TestArticles.Extract("""
            date 2023-06-08 At a ceremony in the Amber Room of the Presidential Palace on Thursday, President Oren Talvik of Marovia and Prime Minister Lisa Brenn of Velasia signed the documents.
            Under what the two sides call the Velm Agreement, Marovia and Velasia will reopen their rail link.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Velm"));
        var producer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == agreement.Id);
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.To == producer.From && d.Entity(r.From).Name.Contains("Talvik"));
    }
}
