namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "The signatory for Norland was A", "The plenipotentiaries were A and B": a signer's noun with a copula and a name identifies
/// the document's signers.
/// </summary>
public class SignerNounCopulaTests
{
    [Fact]
    public void SignatoryForASideIsTheSigner()
    {
        var d = TestArticles.Extract("""
            date 1841-03-02 The Treaty of Velmark, signed on 2 March 1841, ended the war between Norland and Vestria. The signatory for Vestria was Osric Tellamund Varga, the king's chancellor, who was assisted by a clerk.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:osric-tellamund-varga", treaty.Id), d.Dump());
    }

    [Fact]
    public void PlenipotentiariesWereNamesTheSigners()
    {
        var d = TestArticles.Extract("""
            date 1841-03-02 The Treaty of Velmark, signed on 2 March 1841, ended the war between Norland and Vestria. The plenipotentiaries were Aldo Brennsar, the Norlandic chancellor, and Ivo Kastell, the Vestrian envoy.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:aldo-brennsar", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ivo-kastell", treaty.Id), d.Dump());
    }
}
