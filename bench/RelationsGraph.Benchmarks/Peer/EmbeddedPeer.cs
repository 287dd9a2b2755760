using System.Diagnostics;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Benchmarks.Peer;

/// <summary>
/// The embedded engine's side: bulk load through the storage API (its fastest path: large write
/// transactions, each durable in the log), queries through Cypher as users send them.
/// </summary>
public sealed class EmbeddedPeer(string directory) : IDisposable
{
    private const int LoadBatch = 50_000;
    private GraphDatabase? database;

    public string Directory => directory;

    /// <summary>Loads the CSV files into a new store and returns the seconds taken (schema, nodes, relationships, all committed).</summary>
    public double Load(GraphCsv csv)
    {
        var clock = Stopwatch.StartNew();
        using (var store = GraphStore.Open(directory))
        {
            using (var schema = store.BeginWrite())
            {
                schema.CreateConstraint(new ConstraintDescriptor("person_id", "Person", ["id"]));
                schema.Commit();
            }
            var byId = new Dictionary<long, NodeEntity>(); // the loader's own id map, as an importer keeps one
            foreach (var batch in CsvBatches(csv.NodesPath))
            {
                using var tx = store.BeginWrite();
                foreach (var (id, score) in batch) byId[id] = tx.CreateNode(["Person"], [new("id", id), new("score", score)]);
                tx.Commit();
            }
            foreach (var batch in CsvBatches(csv.RelationshipsPath))
            {
                using var tx = store.BeginWrite();
                foreach (var (from, to) in batch) tx.CreateRelationship(byId[from], byId[to], "KNOWS", []);
                tx.Commit();
            }
            var seconds = clock.Elapsed.TotalSeconds;
            store.Checkpoint(); // the saved form that the open measure reopens
            return seconds;
        }
    }

    /// <summary>
    /// Writes through Cypher as an application would: UNWIND $rows ... MERGE in batches, into a new store
    /// beside this one. Returns the seconds spent on the relationship batches after the warm-up (nodes go in first, untimed).
    /// </summary>
    public (double Seconds, long Count) Merge(GraphCsv csv, int limit, int batch)
    {
        var mergeDirectory = directory + "-merge";
        using var merged = GraphDatabase.Open(mergeDirectory);
        merged.Execute("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        foreach (var rows in Rows(GraphCsv.ReadPairs(csv.NodesPath), batch))
            merged.Execute("UNWIND $rows AS r MERGE (p:Person {id: r.a}) SET p.score = r.b", new Dictionary<string, object?> { ["rows"] = rows });
        const string mergeRelationships = "UNWIND $rows AS r MATCH (a:Person {id: r.a}), (b:Person {id: r.b}) MERGE (a)-[:KNOWS]->(b)";
        var pairs = GraphCsv.ReadPairs(csv.RelationshipsPath).Take(limit).ToList();
        var warmUp = MergeWarmUp(limit); // untimed, on both sides: compiles the statement's path before the clock runs
        foreach (var rows in Rows(pairs.Take(warmUp), batch)) merged.Execute(mergeRelationships, new Dictionary<string, object?> { ["rows"] = rows });
        var clock = Stopwatch.StartNew();
        foreach (var rows in Rows(pairs.Skip(warmUp), batch)) merged.Execute(mergeRelationships, new Dictionary<string, object?> { ["rows"] = rows });
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, Convert.ToInt64(merged.Execute("MATCH ()-[r:KNOWS]->() RETURN count(r)").Rows[0][0]));

        static IEnumerable<List<object?>> Rows(IEnumerable<(long A, long B)> pairs, int size) => pairs
            .Select(p => (object?)new Dictionary<string, object?> { ["a"] = p.A, ["b"] = p.B })
            .Chunk(size).Select(chunk => chunk.ToList());
    }

    /// <summary>The first relationships of the MERGE measure, written before its clock starts (the Kuzu peer does the same).</summary>
    public static int MergeWarmUp(int limit) => Math.Min(100, limit / 10);

    /// <summary>Closes the store, reopens it and answers one lookup; milliseconds to that first answer.</summary>
    public (double Ms, string Answer) Reopen(long id)
    {
        database?.Dispose();
        var clock = Stopwatch.StartNew();
        database = GraphDatabase.Open(directory);
        var answer = Ask(PeerMeasure.Lookup, [id]);
        return (clock.Elapsed.TotalMilliseconds, answer);
    }

    public (double[] Times, string[] Answers) Run(PeerMeasure measure, IReadOnlyList<long[]> parameters)
    {
        var times = new double[parameters.Count];
        var answers = new string[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            answers[i] = Ask(measure, parameters[i]);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return (times, answers);
    }

    public long RelationshipCount() => Convert.ToInt64(database!.Execute("MATCH ()-[r:KNOWS]->() RETURN count(r)").Rows[0][0]);

    public void Dispose() => database?.Dispose();

    /// <summary>A fresh process's view (the --open-probe mode): open, one lookup, then resident memory after a full collection.</summary>
    public static string Probe(string directory, long id)
    {
        using var peer = new EmbeddedPeer(directory);
        var (ms, answer) = peer.Reopen(id);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return System.Text.Json.JsonSerializer.Serialize(new { ms, answer, rss = self.WorkingSet64 });
    }

    private string Ask(PeerMeasure measure, long[] values)
    {
        var parameters = new Dictionary<string, object?>();
        if (values.Length > 0) parameters["a"] = values[0];
        if (values.Length > 1) parameters["b"] = values[1];
        return measure.Answer(database!.Execute(measure.Cypher, parameters).Rows);
    }

    private static IEnumerable<List<(long, long)>> CsvBatches(string path) => GraphCsv.ReadPairs(path).Chunk(LoadBatch).Select(c => c.ToList());
}
