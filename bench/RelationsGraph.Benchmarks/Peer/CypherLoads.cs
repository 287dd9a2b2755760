using System.Diagnostics;
using RelationsGraph.Cypher;

namespace RelationsGraph.Benchmarks.Peer;

/// <summary>
/// Bulk loads through Cypher, as a user runs them: LOAD CSV with headers in CALL { } IN TRANSACTIONS
/// batches (nodes first, then relationships matched by their unique ids), the file read from the import
/// directory the CSV was written to.
/// </summary>
public static class CypherLoads
{
    public const int CsvBatch = 50_000;

    private static string NodesStatement(string file) =>
        $"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row CALL {{ WITH row CREATE (:Person {{id: toInteger(row.id), score: toInteger(row.score)}}) }} IN TRANSACTIONS OF {CsvBatch} ROWS";

    private static string RelationshipsStatement(string file) =>
        $"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row CALL {{ WITH row MATCH (a:Person {{id: toInteger(row.from)}}), (b:Person {{id: toInteger(row.to)}}) CREATE (a)-[:KNOWS]->(b) }} IN TRANSACTIONS OF {CsvBatch} ROWS";

    /// <summary>Loads csv into a new store at directory; seconds for the nodes, for the relationships, and the relationship count read back.</summary>
    public static (double NodeSeconds, double RelationshipSeconds, long Count) LoadCsv(string directory, GraphCsv csv)
    {
        var import = System.IO.Path.GetDirectoryName(csv.NodesPath)!;
        var options = new QueryOptions { ImportDirectory = import, MaxMemoryBytes = null };
        using var database = GraphDatabase.Open(directory);
        database.Execute("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        var clock = Stopwatch.StartNew();
        database.Execute(NodesStatement(System.IO.Path.GetFileName(csv.NodesPath)), options: options);
        var nodeSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        database.Execute(RelationshipsStatement(System.IO.Path.GetFileName(csv.RelationshipsPath)), options: options);
        var relationshipSeconds = clock.Elapsed.TotalSeconds;
        var count = Convert.ToInt64(database.Execute("MATCH ()-[r:KNOWS]->() RETURN count(r)").Rows[0][0]);
        return (nodeSeconds, relationshipSeconds, count);
    }
}
