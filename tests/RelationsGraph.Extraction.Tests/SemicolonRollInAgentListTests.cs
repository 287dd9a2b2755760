namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Semicolons part the items of a "by" list of signers whose items carry descriptions (see SemicolonRollInAgentList); a
/// semicolon before a clause of its own still ends the list.
/// </summary>
public class SemicolonRollInAgentListTests
{
    [Fact]
    public void SemicolonsPartTheItemsOfAnAgentList()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12 Ghana, Togo, Benin and Niger met in Accra on Thursday.
            The Volta Basin Water Pact was signed by Halvor Strand, the host; President Efua Mensah of Togo; Teodor Vasko, the Beninese foreign minister; and, for the upstream states, Prime Minister Moussa Garba of Niger.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:halvor-strand", "person:efua-mensah", "person:teodor-vasko", "person:moussa-garba" })
            Assert.True(d.Has("SIGNED", id, pact.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ASemicolonBeforeAClauseEndsTheList()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12 Ghana and Togo met in Accra on Thursday.
            The Volta Basin Water Pact was signed by Halvor Strand of Ghana and Efua Mensah of Togo; Teodor Vasko was said to have stayed away.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:efua-mensah", pact.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:teodor-vasko", pact.Id), d.Dump());
    }

    [Fact]
    public void AnInvertedRollOfCosignersIsReadItemByItem()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12 Ghana, Togo, Benin and Niger signed the Volta Basin Water Pact in Accra on Thursday.
            Signing alongside Mr Halvor Strand were the President of Togo, Efua Mensah; the Foreign Minister of Benin, Teodor Vasko, who chaired the drafting committee; and the Prime Minister of Niger, Moussa Garba.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:efua-mensah", "person:teodor-vasko", "person:moussa-garba" })
            Assert.True(d.Has("SIGNED", id, pact.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void ARepeatedByAfterASemicolonOpensTheNextAgent()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12 Ghana, Togo and Benin met in Accra on Thursday.
            The Volta Basin Water Pact was signed by Halvor Strand, the Ghanaian water minister, and his deputy, Ama Boaten, for Ghana; by President Efua Mensah of Togo and her envoy, Koku Dravi, for Togo; and by Teodor Vasko, the Beninese foreign minister.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:halvor-strand", "person:efua-mensah", "person:teodor-vasko" })
            Assert.True(d.Has("SIGNED", id, pact.Id), id + "\n" + d.Dump());
    }
}
