namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "X signed for her country with A, her deputy, B, ..., and C": the people a bare signing verb says one signed with signed
/// too, each item a name with or without its description (see SignedWithOthers, CoordinatedList); onlookers did not.
/// </summary>
public class SignedWithOthersTests
{
    [Fact]
    public void ThoseSignedWithSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12 Ghana and Togo signed the Volta Basin Water Pact in Accra on Thursday.
            Halvor Strand, the Ghanaian prime minister, signed for Ghana with Efua Mensah, his foreign minister, Teodor Vasko, the minister for fisheries and lake transport, and Moussa Garba, the country's envoy to Togo.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:halvor-strand", "person:efua-mensah", "person:teodor-vasko", "person:moussa-garba" })
            Assert.True(d.Has("SIGNED", id, pact.Id), id + "\n" + d.Dump());
    }

    [Fact]
    public void OnlookersAfterWithDidNotSign()
    {
        var d = TestArticles.Extract("""
            date 2024-09-12 Ghana and Togo signed the Volta Basin Water Pact in Accra on Thursday.
            Halvor Strand, the Ghanaian prime minister, signed for Ghana with Efua Mensah looking on.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:halvor-strand", pact.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:efua-mensah", pact.Id), d.Dump());
    }

    [Fact]
    public void ThoseSignedRightWithTheVerbSignedToo()
    {
        var d = TestArticles.Extract("""
            date 1994-04-18 The charter of the new Lakes Council was signed late on Monday at the Palm Hotel in Kampala.
            President Okello Mbeki of Uganda, who hosted the meeting, signed with President Teodor Kanyinda of Rwanda and President Amara Diallo of Burundi.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:teodor-kanyinda", "person:amara-diallo" })
            Assert.True(d.Has("SIGNED", id, charter.Id), id + "\n" + d.Dump());
    }
    [Fact]
    public void AnItemDescribedAfterANameWithItsCountrySignedToo()
    {
        // "King A of X, Sultan B of Y, the Emir of Z, Sheikh C, and the Emir of W, Sheikh D": the country after a name stands
        // before the comma that opens the next item's description.
        var d = TestArticles.Extract("""
            date 1994-04-18 The charter of the new Gulf Shores Council was signed late on Monday at the Coral Palace.
            President Okello Mbeki of Uganda, who hosted the meeting, signed with King Teodor Kanyinda of Rwanda, Sultan Amara Diallo of Burundi, the Emir of Kuwait, Halid Osmar Tenba, and the Emir of Qatar, Rami Nasir Qoro.
            """);
        var charter = Assert.Single(d.OfType("Agreement"));
        foreach (var id in new[] { "person:teodor-kanyinda", "person:amara-diallo", "person:halid-osmar-tenba", "person:rami-nasir-qoro" })
            Assert.True(d.Has("SIGNED", id, charter.Id), id + "\n" + d.Dump());
    }
}
