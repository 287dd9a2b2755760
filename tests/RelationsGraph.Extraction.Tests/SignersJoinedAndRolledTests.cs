namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Signers told apart from the document: those who "joined" a signer "at the signing table" or "in signing", and a roll of
/// signers under a colon whose items semicolons part, each item describing its name at length.
/// </summary>
public class SignersJoinedAndRolledTests
{
    [Fact]
    public void JoinedAtTheSigningTableSigned()
    {
        var d = TestArticles.Extract("""
            date 2022-03-11 The presidents of four Andean countries signed a declaration in Quito on Friday creating a new river commission.
            Ecuadorian President Tomas Arrieta, the host, was joined at the signing table on Friday by Peru's Rosa Quispe, Bolivia's Mateo Flores and Colombia's Ines Cardenas.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:tomas-arrieta", "person:rosa-quispe", "person:mateo-flores", "person:ines-cardenas" })
            Assert.True(d.Has("SIGNED", id, declaration.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void JoinedAtTheCeremonyIsNoSigning()
    {
        var d = TestArticles.Extract("""
            date 2022-03-11 The presidents of Ecuador and Peru signed a declaration in Quito on Friday creating a new river commission.
            Ecuadorian President Tomas Arrieta was joined at the ceremony by Bolivia's Mateo Flores, who looked on.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:mateo-flores", a.Id));
    }

    [Fact]
    public void SemicolonRollUnderAColonSigned()
    {
        var d = TestArticles.Extract("""
            date 2019-06-21 Negotiators signed a ceasefire protocol in Lusaka on Friday after two days of talks.
            Four people put their names to it: mediator Anna Berglund; Joseph Mwale, who speaks for the government in the talks; Peter Banda, the rebels' chief negotiator; and Grace Tembo, who leads the northern militia.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:anna-berglund", "person:joseph-mwale", "person:peter-banda", "person:grace-tembo" })
            Assert.True(d.Has("SIGNED", id, protocol.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void NameInsideAnItemsRelativeClauseDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2019-06-21 Negotiators signed a ceasefire protocol in Lusaka on Friday after two days of talks.
            Three people put their names to it: mediator Anna Berglund; Joseph Mwale, who replaced Samuel Phiri as the government's envoy; and Grace Tembo.
            """);
        var protocol = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:joseph-mwale", protocol.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:samuel-phiri", protocol.Id), d.Dump());
    }
}
