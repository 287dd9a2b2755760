using RelationsGraph.Cypher;

namespace RelationsGraph.Benchmarks;

/// <summary>The workload as users run it: Cypher through GraphDatabase, bulk load as UNWIND ... MERGE batches.</summary>
public sealed class CypherWorkload : IEngineWorkload
{
    private const string MergeNodes = "UNWIND $rows AS r MERGE (:Person {id: r.id})";
    private const string MergeRelationships =
        "UNWIND $rows AS r MATCH (a:Person {id: r.a}), (b:Person {id: r.b}) MERGE (a)-[:KNOWS]->(b)";
    private const string LookupQuery = "MATCH (p:Person {id: $id}) RETURN p.id";
    private const string OneHopQuery = "MATCH (:Person {id: $id})-[:KNOWS]-(q) RETURN count(q)";
    private const string TwoHopQuery = "MATCH (p:Person {id: $id})-[:KNOWS]-()-[:KNOWS]-(q) WHERE q <> p RETURN count(DISTINCT q)";
    private const string ShortestPathQuery =
        "MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:KNOWS*]-(b)) RETURN length(p)";

    private readonly string directory;
    private readonly GraphDatabase database;

    public CypherWorkload()
    {
        directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rg-bench-" + Guid.NewGuid().ToString("N"));
        database = GraphDatabase.Open(directory);
    }

    public string Description => "Cypher through GraphDatabase (on disk)";

    /// <summary>True when the executor is wired up (it is a placeholder early in the project).</summary>
    public static bool IsAvailable()
    {
        try
        {
            using var probe = GraphDatabase.CreateInMemory();
            return probe.Execute("RETURN 1 AS one").Rows.Count == 1;
        }
        catch (Exception e) when (e is NotImplementedException or CypherException or NotSupportedException)
        {
            return false;
        }
    }

    public long Load(GeneratedGraph graph, int batchSize)
    {
        database.Execute("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        for (var first = 0; first < graph.NodeCount; first += batchSize)
        {
            var rows = Enumerable.Range(first, Math.Min(batchSize, graph.NodeCount - first))
                .Select(i => (object?)new Dictionary<string, object?> { ["id"] = (long)i }).ToList();
            database.Execute(MergeNodes, new Dictionary<string, object?> { ["rows"] = rows });
        }
        for (var first = 0; first < graph.RelationshipCount; first += batchSize)
        {
            var rows = Enumerable.Range(first, Math.Min(batchSize, graph.RelationshipCount - first))
                .Select(i => (object?)new Dictionary<string, object?> { ["a"] = (long)graph.Starts[i], ["b"] = (long)graph.Ends[i] }).ToList();
            database.Execute(MergeRelationships, new Dictionary<string, object?> { ["rows"] = rows });
        }
        return Convert.ToInt64(database.Execute("MATCH ()-[r]->() RETURN count(r)").Rows[0][0]);
    }

    public long Lookup(long id) => Convert.ToInt64(Scalar(LookupQuery, ("id", id)) ?? -1L);

    public int OneHop(long id) => Convert.ToInt32(Scalar(OneHopQuery, ("id", id)));

    public int TwoHop(long id) => Convert.ToInt32(Scalar(TwoHopQuery, ("id", id)));

    public int ShortestPath(long from, long to) => Convert.ToInt32(Scalar(ShortestPathQuery, ("a", from), ("b", to)) ?? -1L);

    public void Dispose()
    {
        database.Dispose();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private object? Scalar(string query, params (string Name, object? Value)[] parameters)
    {
        var result = database.Execute(query, parameters.ToDictionary(p => p.Name, p => p.Value));
        return result.Rows.Count == 0 ? null : result.Rows[0][0];
    }
}
