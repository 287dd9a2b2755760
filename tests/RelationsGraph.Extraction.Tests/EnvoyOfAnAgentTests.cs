namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "signed by A, a special envoy of President B, and C": the name inside an earlier agent's description is whom that agent
/// serves, not a signer, however near the "by" it stands.
/// </summary>
public class EnvoyOfAnAgentTests
{
    private const string Lead = """
        date 2024-06-19 Talks between the government of Norvalia and the Red Hills Front ended in Kestova on Wednesday.

        """;

    // Pattern: "by A, a special envoy of President B, and C": A and C signed, B did not.
    [Fact]
    public void ThePresidentAnEnvoyServesIsNoSigner()
    {
        var d = TestArticles.Extract(Lead + "The Kestova Declaration was signed in the city by Lena Marsk, a special envoy of President Oren Vahl, and Piet Dorran, the commander of the Red Hills Front.");
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:lena-marsk", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:piet-dorran", declaration.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:oren-vahl", declaration.Id), d.Dump());
    }
}
