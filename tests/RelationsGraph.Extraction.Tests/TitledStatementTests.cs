namespace RelationsGraph.Extraction.Tests;

/// <summary>A capitalised statement with a title of its own is a document; a bare statement is what someone said.</summary>
public class TitledStatementTests
{
    [Fact]
    public void ATitledStatementIssuedAtTheSummitIsItsProduct()
    {
        var d = TestArticles.Extract("""
            date 2024-04-12 Nordic and Baltic prime ministers met at a summit in Riga on Friday.

            The Riga Statement, issued after a working lunch of the eight leaders, commits them to joint purchases of ammunition.
            """);
        var statement = Assert.Single(d.OfType("Agreement"));
        Assert.Contains("Riga Statement", statement.Name);
    }

    [Fact]
    public void ABareStatementIsNoDocument()
    {
        var d = TestArticles.Extract("""
            date 2024-04-12 Nordic and Baltic prime ministers met at a summit in Riga on Friday, the Latvian government said in a Statement on its website.
            """);
        Assert.Empty(d.OfType("Agreement"));
    }
}
