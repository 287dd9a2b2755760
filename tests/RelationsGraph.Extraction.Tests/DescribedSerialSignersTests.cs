namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "A signed for X; B, an office, for Y; and C, an office, for Z": items of a serial gapped signing parted by semicolons,
/// each a name, its description set off by commas, then its side, all signed (see GappedSigners).
/// </summary>
public class DescribedSerialSignersTests
{
    [Fact]
    public void EachDescribedItemAfterASemicolonSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana, Togo and Benin concluded the Lagoon Fisheries Pact in Accra on Tuesday.
            Mrs Ama Dzifa Kpodar, the foreign minister of Togo, signed for Lome; Mr Kwesi Boateng, the trade minister of Ghana, for Accra; and Mr Ousmane Ndiaye Sarr, who leads the fisheries board of Benin, for Cotonou.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ama-dzifa-kpodar", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ousmane-ndiaye-sarr", pact.Id), d.Dump());
    }

    [Fact]
    public void ADescribedNameWithoutASemicolonIsNoGappedSigner()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo concluded the Lagoon Fisheries Pact in Accra on Tuesday.
            Mrs Ama Dzifa Kpodar signed for Togo after talks with Mr Kwesi Boateng, the trade minister of Ghana, for many hours.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.False(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
    }
    [Fact]
    public void ADescribedNameClosingTheListAfterCommaAndSigned()
    {
        // "A, an office, signed for X, and General B, an office, for Y": the last item of a two-item gapped signing, opened
        // by ", and", may describe its name before its side.
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo concluded the Lagoon Fisheries Pact in Accra on Tuesday.
            Mrs Ama Dzifa Kpodar, the deputy chief of the Togolese navy, signed for Togo, and Brigadier General Kwesi Boateng, an assistant interior minister, for Ghana.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ama-dzifa-kpodar", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
    }
}
