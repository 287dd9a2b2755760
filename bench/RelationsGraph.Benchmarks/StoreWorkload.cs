using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Benchmarks;

/// <summary>The workload straight on GraphStore (on disk, WAL and all): the engine's floor, without Cypher.</summary>
public sealed class StoreWorkload : IEngineWorkload
{
    private static readonly string[] Knows = ["KNOWS"];
    private readonly string directory;
    private readonly GraphStore store;

    public StoreWorkload()
    {
        directory = Path.Combine(Path.GetTempPath(), "rg-bench-" + Guid.NewGuid().ToString("N"));
        store = GraphStore.Open(directory);
    }

    public string Description => "storage API directly (GraphStore on disk, WAL fsync per batch)";

    public long Load(GeneratedGraph graph, int batchSize)
    {
        using (var tx = store.BeginWrite())
        {
            tx.CreateConstraint(new ConstraintDescriptor("person_id", "Person", ["id"]));
            tx.Commit();
        }
        for (var first = 0; first < graph.NodeCount; first += batchSize)
        {
            using var tx = store.BeginWrite();
            for (var i = first; i < Math.Min(graph.NodeCount, first + batchSize); i++)
                if (!tx.SeekByProperty("Person", "id", (long)i)!.Any()) // MERGE: match or create
                    tx.CreateNode(["Person"], [new("id", (long)i)]);
            tx.Commit();
        }
        for (var first = 0; first < graph.RelationshipCount; first += batchSize)
        {
            using var tx = store.BeginWrite();
            for (var i = first; i < Math.Min(graph.RelationshipCount, first + batchSize); i++)
            {
                var start = Find(tx, graph.Starts[i])!;
                var end = Find(tx, graph.Ends[i])!;
                if (!tx.Relationships(start, Direction.Outgoing, Knows).Any(r => tx.EndOf(r) == end))
                    tx.CreateRelationship(start, end, "KNOWS", []);
            }
            tx.Commit();
        }
        using var read = store.BeginRead();
        return read.RelationshipCount;
    }

    public long Lookup(long id)
    {
        using var tx = store.BeginRead();
        return Find(tx, id) is { } node ? (long)tx.PropertiesOf(node)["id"]! : -1;
    }

    public int OneHop(long id)
    {
        using var tx = store.BeginRead();
        var count = 0;
        foreach (var relationship in tx.Relationships(Find(tx, id)!, Direction.Both, Knows)) count++;
        return count;
    }

    public int TwoHop(long id)
    {
        using var tx = store.BeginRead();
        var start = Find(tx, id)!;
        var reached = new HashSet<NodeEntity>();
        foreach (var first in tx.Relationships(start, Direction.Both, Knows))
        {
            var middle = tx.OtherNode(first, start);
            foreach (var second in tx.Relationships(middle, Direction.Both, Knows))
                if (second != first) reached.Add(tx.OtherNode(second, middle));
        }
        reached.Remove(start);
        return reached.Count;
    }

    public int ShortestPath(long from, long to)
    {
        using var tx = store.BeginRead();
        var path = ShortestPaths.Find(tx, Find(tx, from)!, Find(tx, to)!, Direction.Both, Knows, int.MaxValue, all: false);
        return path.Count == 0 ? -1 : path[0].Length;
    }

    public void Dispose()
    {
        store.Dispose();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private static NodeEntity? Find(IGraphReader reader, long id) => reader.SeekByProperty("Person", "id", id)!.FirstOrDefault();
}
