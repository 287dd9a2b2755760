namespace RelationsGraph.Extraction.Tests;

/// <summary>Signers named by office and country: "the leaders of A and B signed", "A and B leaders sign".</summary>
public class SigningOfficesTests
{
    [Fact]
    public void TheLeadersOfListedCountriesSigned()
    {
        var d = TestArticles.Extract("""
            date 2025-10-13 Egyptian President Abdel Fattah el-Sisi welcomed Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Turkish President Recep Tayyip Erdogan to Sharm el-Sheikh on Monday.
            The leaders of Egypt, Qatar and Turkey signed a declaration backing the truce.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:recep-tayyip-erdogan", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:tamim-bin-hamad-al-thani", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheForeignMinistersOfTwoCountriesSignedButNotTheirLeaders()
    {
        var d = TestArticles.Extract("""
            date 2018-06-17 Greek Prime Minister Alexis Tsipras and Greek Foreign Minister Nikos Kotzias travelled to Lake Prespa with Macedonian Foreign Minister Nikola Dimitrov on Sunday.
            The foreign ministers of Greece and Macedonia signed an agreement on the name dispute.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:nikos-kotzias", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:alexis-tsipras", agreement.Id), d.Dump());
    }
}
