namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A lead that tells the story's document by a general noun (agreement, deal, pact, accord) and a next sentence that names
/// it precisely with its signers tell one document; a general document with a subject of its own stays apart.
/// </summary>
public class LeadDocumentNamedNextTests
{
    [Fact]
    public void TheLeadsAgreementIsTheDeclarationSignedNext()
    {
        var d = TestArticles.Extract("""
            date 2019-03-02 Two neighbours settle dam dispute

            KORVAN - Arvelian President Tomas Velder and his Brenish counterpart Ilse Maruk reached an agreement on Saturday to raise the fee Arvelia owes for reservoir water.

            The two presidents signed a twelve-point joint declaration at the Old Mint in Korvan as Maruk closed a short visit.

            Under the deal, payments rise from next year.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-velder", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ilse-maruk", agreement.Id), d.Dump());
    }

    [Fact]
    public void ALeadAgreementWithASubjectOfItsOwnStaysApart()
    {
        var d = TestArticles.Extract("""
            date 2019-03-02 Two neighbours settle dam dispute

            KORVAN - Arvelian President Tomas Velder and his Brenish counterpart Ilse Maruk on Saturday announced an agreement on fishing quotas in the northern lakes.

            The two presidents signed a twelve-point joint declaration at the Old Mint in Korvan as Maruk closed a short visit.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }
}
