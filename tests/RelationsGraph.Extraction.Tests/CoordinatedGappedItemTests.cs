namespace RelationsGraph.Extraction.Tests;

/// <summary>A gapped signing item naming a pair before its side: both names signed (see CoordinatedGappedItem).</summary>
public class CoordinatedGappedItemTests
{
    private const string Lead = """
        Ghana and Togo seal lagoon treaty

        date 2024-05-15 VAROSA - Ghana and Togo signed the Varosa Lagoon Treaty on Tuesday at the old river lodge in Varosa.

        """;

    [Fact]
    public void ThePartnerJoinedToAGappedItemsNameSigned()
    {
        var d = TestArticles.Extract(Lead + """
            Foreign Minister Kwabena Oduro-Mensah signed for Ghana, and Foreign Minister Yawo Kpelime and Transport Minister Afi Dogbevi for Togo.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:afi-dogbevi", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yawo-kpelime", treaty.Id), d.Dump());
    }

    [Fact]
    public void ANameInsideTheFirstSideIsNoPartner()
    {
        var d = TestArticles.Extract(Lead + """
            Foreign Minister Kwabena Oduro-Mensah signed for the government of President Kojo Amankwah-Boafo and Transport Minister Afi Dogbevi for Togo.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:kojo-amankwah-boafo", a.Id));
    }
}
