namespace RelationsGraph.Extraction.Tests;

/// <summary>"the A Treaty that X signed with B and the C Pact concluded with D": each making clause's partner belongs to its own document (PartnerOfTheMakingClause).</summary>
public class PartnerOfTheMakingClauseTests
{
    [Fact]
    public void APartnerOfAnotherDocumentsClauseIsNoSide()
    {
        var d = TestArticles.Extract("""
            Ferry compact drafted

            date 2021-06-14 HOLMVIK - The draft compact is modelled on the Skerrow Treaty that Norway signed with Denmark in 2015 and on the Brantholm Accord concluded with Iceland in 2019.
            """);
        var brantholm = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Brantholm"));
        Assert.True(d.Has("PARTY_TO", "country:is", brantholm.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:dk", brantholm.Id), d.Dump());
    }

    [Fact]
    public void APartnerNamedAgainElsewhereStays()
    {
        var d = TestArticles.Extract("""
            Ferry compact drafted

            date 2021-06-14 HOLMVIK - Denmark welcomed the Brantholm Accord, which follows the Skerrow Treaty that Norway signed with Denmark in 2015.
            """);
        var brantholm = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Brantholm"));
        Assert.True(d.Has("PARTY_TO", "country:dk", brantholm.Id), d.Dump());
    }
}
