using RelationsGraph.Cypher.Tests.Storage;
using RelationsGraph.Cypher.Tests.Tck;

namespace RelationsGraph.Cypher.Tests.FullText;

/// <summary>
/// tests/QueryApiClient/fulltext-statements.cypher, which Neo4j's own parser checks in the node tests, runs
/// statement by statement on a store on disk: the same text works on both.
/// </summary>
public sealed class FullTextStatementScriptTests
{
    [Fact]
    public void Every_statement_Neo4j_accepts_runs_here_and_the_queries_find_what_was_written()
    {
        var file = System.IO.Path.Combine(TckLocation.RepositoryRoot!, "tests", "QueryApiClient", "fulltext-statements.cypher");
        var statements = StatementsOf(File.ReadAllText(file));
        Assert.Equal(12, statements.Count);

        using var directory = new TempDirectory();
        using var database = GraphDatabase.Open(directory.Path);
        var parameters = new Dictionary<string, object?> { ["query"] = "holt" };
        var results = statements.Select(statement => database.Execute(statement, parameters)).ToList();

        Assert.Equal(3, results[0].Statistics.IndexesAdded + results[1].Statistics.IndexesAdded + results[2].Statistics.IndexesAdded);
        Assert.Equal(["evidence", "names", "texts"], results[4].Rows.Select(r => (string)r[0]!).Order());
        Assert.All(results[5].Rows, row => Assert.Equal("FULLTEXT", row[1]));
        Assert.Equal("Mira Holt", Assert.Single(results[6].Rows)[0]);
        Assert.Single(results[7].Rows);
        Assert.Equal("Accord signed", Assert.Single(results[8].Rows)[0]);
        Assert.Equal("SIGNED", Assert.Single(results[9].Rows)[0]);
        Assert.Equal([1, 1], new[] { results[10].Statistics.IndexesRemoved, results[11].Statistics.IndexesRemoved });
        Assert.Equal(["names"], database.Execute("SHOW INDEXES").Rows.Select(r => (string)r[0]!));
    }

    /// <summary>Comment lines dropped, then split at a ';' that ends a line.</summary>
    private static List<string> StatementsOf(string text)
    {
        var lines = text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Split(";\n").Select(s => s.Trim().TrimEnd(';').Trim()).Where(s => s.Length > 0).ToList();
    }
}
