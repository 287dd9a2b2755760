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
    [Fact]
    public void AgentsOfAReducedRelativeAfterCommaSetPhrasesSigned()
    {
        // "the X Declaration, signed in the capital on DATE, on the anniversary of Y, by A and B": a participle after the
        // document's name is a passive without its auxiliary; its "by" may stand as far off.
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghanaian President Kwesi Boateng and Togolese Foreign Minister Ama Dzifa Kpodar opened a new bridge over the Volta on Tuesday.
            The bridge crowned a process that began with the Keta Lagoon Declaration, signed in the Togolese capital on 12 March last year, on the fiftieth anniversary of the river commission, by Mr Boateng and Ms Kpodar.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ama-dzifa-kpodar", declaration.Id), d.Dump());
    }
}
