namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Leaders who sign, or put their names to, a declaration signed it. Leaders of a small meeting who adopt or issue a joint
/// declaration are its issuers, and the gold convention counts issuers as signers (IssuersOfAJointText), so they sign it too.
/// </summary>
public class AdoptedIsNotSignedTests
{
    [Fact]
    public void TheLeadersWhoAdoptAJointDeclarationIssuedIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a summit in Stockholm on Tuesday.
            The two leaders adopted a joint declaration on Baltic security.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:donald-tusk", declaration.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:ulf-kristersson", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheLeadersWhoSignADeclarationSignedIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a summit in Stockholm on Tuesday.
            The two leaders signed a joint declaration on Baltic security.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:donald-tusk", declaration.Id), d.Dump());
    }

    [Fact]
    public void TheLeadersWhoPutTheirNamesToADeclarationSignedIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a summit in Stockholm on Tuesday.
            The two leaders put their names to a joint declaration on Baltic security.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:ulf-kristersson", declaration.Id), d.Dump());
    }
}
