namespace RelationsGraph.Extraction.Tests;

/// <summary>Leaders who adopt or issue a declaration approve it together; only "signed" makes each of them a signer.</summary>
public class AdoptedIsNotSignedTests
{
    [Fact]
    public void TheLeadersWhoAdoptADeclarationDidNotSignIt()
    {
        var d = TestArticles.Extract("""
            date 2024-03-05 Polish Prime Minister Donald Tusk and Swedish Prime Minister Ulf Kristersson held a summit in Stockholm on Tuesday.
            The two leaders adopted a joint declaration on Baltic security.
            """);
        var declaration = Assert.Single(d.OfType("Agreement"));
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED" && r.To == declaration.Id);
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
