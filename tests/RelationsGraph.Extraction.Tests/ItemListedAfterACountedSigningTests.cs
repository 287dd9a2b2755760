namespace RelationsGraph.Extraction.Tests;

/// <summary>Each document listed after "signed N texts:" is signed by the counted group, not only the first.</summary>
public class ItemListedAfterACountedSigningTests
{
    [Fact]
    public void EveryListedItemIsSignedByTheCountedGroup()
    {
        var d = TestArticles.Extract("""
            date 2024-06-03 LUSAKA - Zambian President Mwila Banda, Malawian President Chifundo Phiri and Tanzanian President Baraka Mushi met in Lusaka on Monday.
            The three delegations signed two texts: the Lusaka Rail Protocol and a Tanganyika Lake Fisheries Memorandum that sets catch limits.
            """);
        var documents = d.OfType("Agreement").ToList();
        Assert.Equal(2, documents.Count);
        foreach (var document in documents)
            foreach (var person in new[] { "person:mwila-banda", "person:chifundo-phiri", "person:baraka-mushi" })
                Assert.True(d.Has("SIGNED", person, document.Id), d.Dump());
    }
}
