namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "It was signed by the two ministers, A for X and B for Y": the name after an "and" that follows the side the agent
/// before signed for is the next agent of the list (see ObjectlessSigning.IsAgent).
/// </summary>
public class AgentsPairedWithSidesTests
{
    [Fact]
    public void BothAgentsPairedWithTheirSidesSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo concluded the Lagoon Fisheries Pact in Accra on Tuesday.
            It was signed by the two trade ministers, Mrs Ama Dzifa Kpodar for Togo and Mr Kwesi Boateng for Ghana.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ama-dzifa-kpodar", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
    }
}
