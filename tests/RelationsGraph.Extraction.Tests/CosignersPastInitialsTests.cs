namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A signed together with State Secretary B. C. D, E and F. G. H": the points of initials inside a list of co-signers do
/// not end the list, so every co-signer after "together with" signs.
/// </summary>
public class CosignersPastInitialsTests
{
    [Fact]
    public void CosignersListedWithInitialsAllSign()
    {
        var d = TestArticles.Extract("""
            date 1911-06-02 Norland and Vestria signed the Treaty of Orlemont on Friday, ending a war of two years. For Vestria, Anselm Kurvath signed together with State Secretary P. R. Haldor, Teodor Brask and T. M. Corvenne.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:anselm-kurvath", "person:p-r-haldor", "person:teodor-brask", "person:t-m-corvenne" })
            Assert.True(d.Has("SIGNED", id, treaty.Id), id + "\n" + d.Dump());
    }
}
