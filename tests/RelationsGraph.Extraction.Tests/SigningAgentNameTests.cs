namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The accord was signed ... by A for the government and by B for the movement": a bare full name right after the "by" of
/// a passive signing is a signatory's, and so a person's, even when the lists do not know it (see SigningAgentName).
/// </summary>
public class SigningAgentNameTests
{
    private const string Opening = "date 2024-05-10 The Zambian government and the Lundazi Liberation Front agreed a ceasefire in Lusaka this week after months of talks. ";

    [Fact]
    public void BareNamesAfterTheByOfAPassiveSigningArePeopleWhoSigned()
    {
        var d = TestArticles.Extract(Opening +
            "The Lundazi Ceasefire Agreement was signed in Lusaka on Thursday, May 9, by Tamsin Orrel for the government and by Edo Vannak for the front.");
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tamsin-orrel", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:edo-vannak", accord.Id), d.Dump());
    }

    [Fact]
    public void EachNameOfTheRollToldWithItsSideIsTheNextSignatory()
    {
        var d = TestArticles.Extract(Opening +
            "The Lundazi Ceasefire Agreement was signed on Thursday by Tamsin Orrel for the government, Edo Vannak for the front and Pella Grund for the church council.");
        var accord = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:edo-vannak", accord.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:pella-grund", accord.Id), d.Dump());
    }

    [Fact]
    public void AColonClosingASigningClauseOpensARollOfSignatories()
    {
        var d = TestArticles.Extract(Opening +
            "Three delegations signed the Lundazi Ceasefire Agreement on Thursday: Tamsin Orrel for the government, Edo Vannak for the front and Pella Grund for the church council.");
        Assert.Contains(d.Entities, e => e.Id == "person:tamsin-orrel");
        Assert.Contains(d.Entities, e => e.Id == "person:edo-vannak");
    }
}
