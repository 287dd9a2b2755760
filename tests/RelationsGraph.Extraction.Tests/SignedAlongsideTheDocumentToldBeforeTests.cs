namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A document told as signed "alongside" the one told just before, or "also" signed by the people of that signing, comes
/// out of the same meeting as that document, not out of another gathering its own signers attended.
/// </summary>
public class SignedAlongsideTheDocumentToldBeforeTests
{
    [Fact]
    public void AMemorandumSignedAlongsideTheTreatyComesOutOfTheTreatysCeremony()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 On Monday the foreign ministers of Marovia and Velasia, Tomas Rell and Ida Varga, held talks in Lemsk on river trade.
            On Tuesday President Arvo Kessen of Marovia and President Lina Dorsk of Velasia signed the Treaty of Lemsk at a ceremony in the Old Palace.
            Alongside it, Rell and Varga signed a memorandum on river transport.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Treaty of Lemsk"));
        var memorandum = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("river transport"));
        var treatyProducer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == treaty.Id);
        var memorandumProducer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == memorandum.Id);
        Assert.Equal(treatyProducer.From, memorandumProducer.From);
    }

    [Fact]
    public void AStatementTheMinistersAlsoSignedComesOutOfTheSameSigning()
    {
        var d = TestArticles.Extract("""
            date 2021-10-05 On Sunday the trade ministers of Ostria and Kelland, Piet Armand and Noor Sadek, held talks in Brask on grain quotas.
            On Monday Chancellor Edda Vinter of Ostria and Prime Minister Halvar Moen of Kelland signed the Brask Accord on Fisheries at a ceremony in the Harbour Hall.
            Armand and Sadek, the two ministers, also signed a joint statement on grain quotas.
            """);
        var accord = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Brask Accord"));
        var statement = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("grain quotas"));
        var accordProducer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == accord.Id);
        var statementProducer = Assert.Single(d.Relationships, r => r.Type == "PRODUCED" && r.To == statement.Id);
        Assert.Equal(accordProducer.From, statementProducer.From);
    }
}
