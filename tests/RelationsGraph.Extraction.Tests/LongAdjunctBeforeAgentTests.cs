namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A passive signing verb whose time and place phrases stand between it and "by" still has the agents after "by" as
/// its signers (see LongAdjunctBeforeAgent); a "by" after another participle names that participle's agent.
/// </summary>
public class LongAdjunctBeforeAgentTests
{
    [Fact]
    public void AgentsAfterALongPlacePhraseSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo agreed on shared rules for lagoon fishing on Tuesday.
            The Lagoon Fisheries Pact was signed on Tuesday afternoon at the old customs house on the bank of the river near the border by Ghanaian President Kwesi Boateng and Togolese Foreign Minister Ama Dzifa Kpodar.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ama-dzifa-kpodar", pact.Id), d.Dump());
    }

    [Fact]
    public void AByAfterAnotherParticipleNamesNoSigner()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo agreed on shared rules for lagoon fishing on Tuesday.
            The Lagoon Fisheries Pact was signed on the second day of a long regional meeting opened in the capital by Ghanaian President Kwesi Boateng.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:kwesi-boateng", a.Id));
    }
}
