namespace RelationsGraph.Extraction.Tests;

/// <summary>"X, who leads ..., signed a declaration": the name before a comma-enclosed relative clause is the signer.</summary>
public class SignerBeforeRelativeClauseTests
{
    private const string Lead = """
        date 2021-03-28 Sudanese Prime Minister Abdalla Hamdok met rebel leaders in Juba on Sunday.

        """;

    [Fact]
    public void TheNameBeforeTheRelativeClauseSigned()
    {
        var d = TestArticles.Extract(Lead + "Rebel commander Yasir Arman, who leads the northern wing of the movement, signed a declaration of principles with Hamdok in Juba.");
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:yasir-arman", declaration.Id), d.Dump());
    }

    [Fact]
    public void ANearerSignGovernsItsOwnObjectEvenUnrealised()
    {
        var d = TestArticles.Extract(Lead + "The army signed the Juba Peace Agreement last year. Rebel commander Yasir Arman, who leads the northern wing of the movement, signed a declaration of principles with Hamdok and has yet to sign the Juba Peace Agreement itself.");
        var peace = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Juba", StringComparison.Ordinal));
        Assert.False(d.Has("SIGNED", "person:yasir-arman", peace.Id), d.Dump());
    }
}
