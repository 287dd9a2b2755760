namespace RelationsGraph.Extraction.Tests;

/// <summary>"the Treaty of X that A signed with B": a making clause after the whole title names the sides, not the sentence's other countries (MakingClauseAfterTheName).</summary>
public class MakingClauseAfterTheNameTests
{
    [Fact]
    public void TheClauseAfterATitleNamesTheSides()
    {
        var d = TestArticles.Extract("""
            Fen charter agreed

            date 2022-04-05 BRAVIK - The fen charter, praised by Finland and Sweden, replaces the Treaty of Orlmoor that Estonia signed with Latvia long before the drainage dispute.
            """);
        var orlmoor = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Orlmoor"));
        Assert.True(d.Has("PARTY_TO", "country:ee", orlmoor.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lv", orlmoor.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", orlmoor.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:se", orlmoor.Id), d.Dump());
    }

    [Fact]
    public void AClauseAfterATopicNamesTheSidesToo()
    {
        var d = TestArticles.Extract("""
            Fen charter agreed

            date 2022-04-05 BRAVIK - The fen charter, hailed by Finland and Sweden, supersedes the 1988 agreement on peat cutting that Estonia signed with Latvia at a lakeside inn.
            """);
        var convention = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("peat"));
        Assert.True(d.Has("PARTY_TO", "country:ee", convention.Id), d.Dump());
        Assert.True(d.Has("PARTY_TO", "country:lv", convention.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:fi", convention.Id), d.Dump());
        Assert.False(d.Has("PARTY_TO", "country:se", convention.Id), d.Dump());
    }
}
