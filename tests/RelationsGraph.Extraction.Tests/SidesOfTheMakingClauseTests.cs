namespace RelationsGraph.Extraction.Tests;

/// <summary>"the 1977 treaty that A signed with B": a document's own making clause names its sides, not the sentence's other countries (SidesOfTheMakingClause).</summary>
public class SidesOfTheMakingClauseTests
{
    [Fact]
    public void TheClauseSubjectAndItsPartnerAreTheOnlySides()
    {
        var d = TestArticles.Extract("""
            Lake pact renewed

            date 2023-09-12 TALVEN - The new charter, welcomed by Finland and Sweden, replaces the 1977 Kessel Water Treaty that Estonia signed with Latvia after years of quarrels.
            """);
        var kessel = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel"));
        Assert.True(d.Has("PARTY_TO", "country:ee", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lv", kessel.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", kessel.Id), d.Dump());
    }

    [Fact]
    public void AListedSubjectOfTheClauseKeepsBothSides()
    {
        var d = TestArticles.Extract("""
            Lake pact renewed

            date 2023-09-12 TALVEN - Finnish officials compared the charter with the 1977 Kessel Water Treaty that Estonia and Latvia signed in Talven.
            """);
        var kessel = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Kessel"));
        Assert.True(d.Has("PARTY_TO", "country:ee", kessel.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lv", kessel.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", kessel.Id), d.Dump());
    }
}
