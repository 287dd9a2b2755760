namespace RelationsGraph.Extraction.Tests;

/// <summary>A titled Consensus and a Joint Vision are documents the sides adopt; an untitled consensus is an opinion.</summary>
public class ConsensusAndJointVisionTests
{
    private static readonly string Text = """
        date 2024-04-10 President Gustavo Petro and President Daniel Noboa held talks in Quito on Wednesday.
        At the talks, the two presidents adopted the Quito Consensus on Border Security.
        The consensus among analysts is that trade will grow.
        After the talks, the two leaders issued the Colombia-Ecuador Joint Vision on Energy Trade.
        """;

    [Fact]
    public void ATitledConsensusIsAnAgreementOfTheTalks()
    {
        var d = TestArticles.Extract(Text);
        var consensus = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Consensus", StringComparison.Ordinal));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == consensus.Id);
        Assert.True(d.Has("PARTY_TO", "country:co", consensus.Id) && d.Has("PARTY_TO", "country:ec", consensus.Id), d.Dump());
    }

    [Fact]
    public void AJointVisionIsTheSidesJointStatement()
    {
        var d = TestArticles.Extract(Text);
        var vision = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Joint Vision", StringComparison.Ordinal));
        Assert.Contains(d.Relationships, r => r.Type == "PRODUCED" && r.To == vision.Id);
    }

    [Fact]
    public void AnUntitledConsensusIsNoDocument() => Assert.Equal(2, TestArticles.Extract(Text).OfType("Agreement").Count());
}
