namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "the signatures were those of A, who had taken over as chancellor after B fell ill, and of C and D": the list of signers
/// goes on past a relative clause that describes one of them.
/// </summary>
public class SignersListedPastARelativeTests
{
    [Fact]
    public void ListResumesAfterTheRelativeClause()
    {
        var d = TestArticles.Extract("""
            date 1902-05-31 Norland and Vestria signed the Treaty of Orlemont on Friday, ending a war of two years. For Vestria the signatures were those of Anselm Kurvath, who had taken over as chancellor after Ivo Brask fell ill, and of Teodor Maalen and Osric Varga.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:teodor-maalen", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:osric-varga", treaty.Id), d.Dump());
    }
}
