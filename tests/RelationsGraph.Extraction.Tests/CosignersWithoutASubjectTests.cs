namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "For Norland the chief envoy, A, who bears the title of margrave, or keeper of the march, signed together with his two
/// colleagues, B and C": the co-signers after "together with" sign even when the subject is lost behind a long description.
/// </summary>
public class CosignersWithoutASubjectTests
{
    [Fact]
    public void CosignersSignWhenTheSubjectIsNotFound()
    {
        var d = TestArticles.Extract("""
            date 1855-04-18 Norland and Vestria signed a Treaty of Friendship at Castrel on Monday. For Vestria the chief envoy, Aldo Brennsar, who bears the title of margrave, or keeper of the northern march, signed together with his two colleagues, Ivo Kastell and Teodor Maalen.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ivo-kastell", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:teodor-maalen", treaty.Id), d.Dump());
    }
}
