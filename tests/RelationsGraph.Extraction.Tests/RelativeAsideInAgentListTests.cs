namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A relative clause set off by commas that describes one agent of a "by" list ends no list of signers when another
/// item follows it (see RelativeAsideInAgentList); an aside that a lower-case word follows adds no one.
/// </summary>
public class RelativeAsideInAgentListTests
{
    [Fact]
    public void AgentsAfterARelativeAsideSignedToo()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana, Togo and Benin agreed on shared rules for lagoon fishing on Tuesday.
            The Lagoon Fisheries Pact was signed in Accra by Ghanaian President Kwesi Boateng, who hosted the talks in the capital, Togolese Foreign Minister Ama Dzifa Kpodar, and Benin's Trade Minister Ousmane Ndiaye Sarr.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ama-dzifa-kpodar", pact.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ousmane-ndiaye-sarr", pact.Id), d.Dump());
    }

    [Fact]
    public void AnAsideFollowedByNoFurtherItemEndsTheList()
    {
        var d = TestArticles.Extract("""
            date 2024-06-04 Ghana and Togo agreed on shared rules for lagoon fishing on Tuesday.
            The Lagoon Fisheries Pact was signed in Accra by Ghanaian President Kwesi Boateng, who had hosted the long talks, saying that the fishing villages of the lagoon and Togolese Foreign Minister Ama Dzifa Kpodar had waited for years.
            """);
        var pact = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwesi-boateng", pact.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:ama-dzifa-kpodar", pact.Id), d.Dump());
    }
}
