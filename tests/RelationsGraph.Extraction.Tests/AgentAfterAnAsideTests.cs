namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// A passive signing whose time and place phrases are broken by commas still has the agents after its "by" as signers
/// (see AgentAfterAnAside); a "by" of another act after them names no signer.
/// </summary>
public class AgentAfterAnAsideTests
{
    private const string Lead = """
        Ghana and Togo settle lagoon quarrel

        date 2024-05-15 Ghana and Togo ended a long quarrel over lagoon fishing this week.

        """;

    [Fact]
    public void AgentsAfterACommaBrokenDateAndAPlaceToldAgainSigned()
    {
        var d = TestArticles.Extract(Lead + """
            The Varosa Lagoon Treaty was formally signed on Tuesday, 14 May, once more in Varosa, by Ghanaian Foreign Minister Kwabena Oduro-Mensah and Togolese Foreign Minister Yawo Kpelime.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwabena-oduro-mensah", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yawo-kpelime", treaty.Id), d.Dump());
    }

    [Fact]
    public void AgentsAfterAWhereClauseOnThePlaceSigned()
    {
        var d = TestArticles.Extract(Lead + """
            The Varosa Lagoon Treaty was signed in the evening at the old river lodge outside Varosa, where both delegations had been staying all week, by Ghanaian Foreign Minister Kwabena Oduro-Mensah and Togolese Foreign Minister Yawo Kpelime.
            """);
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:kwabena-oduro-mensah", treaty.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:yawo-kpelime", treaty.Id), d.Dump());
    }

    [Fact]
    public void AByAfterAnotherActNamesNoSigner()
    {
        var d = TestArticles.Extract(Lead + """
            The Varosa Lagoon Treaty was signed on Tuesday, 14 May, in Varosa, a day after a short visit by Ghanaian President Kwabena Oduro-Mensah.
            """);
        Assert.DoesNotContain(d.OfType("Agreement"), a => d.Has("SIGNED", "person:kwabena-oduro-mensah", a.Id));
    }
}
