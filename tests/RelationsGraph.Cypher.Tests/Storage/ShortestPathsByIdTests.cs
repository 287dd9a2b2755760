using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// The shortest-path search walks ids over the store's adjacency arrays (a node's made adjacency, else the snapshot's
/// rows; a relationship's object, else its columns). These tests hold it to a plain breadth-first search over an edge
/// list, on a store in memory, on one reopened from disk (everything still rows) and on one changed after reopening
/// (rows and made adjacency mixed), and check that a reader keeps its snapshot while a writer changes the graph.
/// </summary>
public sealed class ShortestPathsByIdTests : IDisposable
{
    private static readonly string[] Types = ["T", "U"];
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    public enum StoreKind { InMemory, ReopenedFromDisk, ChangedAfterReopening }

    private sealed record Edge(long Id, long Start, long End, string Type);

    [Theory]
    [InlineData(StoreKind.InMemory, 1)]
    [InlineData(StoreKind.InMemory, 2)]
    [InlineData(StoreKind.ReopenedFromDisk, 3)]
    [InlineData(StoreKind.ReopenedFromDisk, 4)]
    [InlineData(StoreKind.ChangedAfterReopening, 5)]
    [InlineData(StoreKind.ChangedAfterReopening, 6)]
    public void Paths_equal_a_plain_breadth_first_search_on_random_graphs(StoreKind kind, int seed)
    {
        var random = new Random(seed);
        var (store, nodeIds, edges) = RandomGraph(kind, random, nodeCount: 24, edgeCount: 44);
        using (store)
        {
            // A reader held across a later commit that deletes and adds relationships: it must answer from the edges it began with.
            using var held = store.BeginRead();
            var heldEdges = edges.ToList();
            store.Write(tx =>
            {
                for (var i = 0; i < 6; i++)
                {
                    var edge = edges[random.Next(edges.Count)];
                    tx.DeleteRelationship(tx.GetRelationship(edge.Id)!);
                    edges.Remove(edge);
                    var (start, end) = (tx.GetNode(nodeIds[random.Next(nodeIds.Count)])!, tx.GetNode(nodeIds[random.Next(nodeIds.Count)])!);
                    var relationship = tx.Connect(start, end, Types[random.Next(2)]);
                    edges.Add(new Edge(relationship.Id, start.Id, end.Id, relationship.Type));
                }
            });
            using var fresh = store.BeginRead();
            AssertAgreesWithBreadthFirst(held, heldEdges, nodeIds, random);
            AssertAgreesWithBreadthFirst(fresh, edges, nodeIds, random);
        }
    }

    private static void AssertAgreesWithBreadthFirst(IGraphReader reader, List<Edge> edges, List<long> nodeIds, Random random)
    {
        Direction[] directions = [Direction.Outgoing, Direction.Incoming, Direction.Both];
        string[]?[] filters = [null, ["T"], ["U", "T", "U"]];
        for (var pair = 0; pair < 60; pair++)
        {
            var from = nodeIds[random.Next(nodeIds.Count)];
            var to = nodeIds[random.Next(nodeIds.Count)];
            if (from == to) continue;
            var direction = directions[random.Next(3)];
            var types = filters[random.Next(3)];
            var maxHops = random.Next(2) == 0 ? 2 : 30;
            var expected = AllShortestByBreadthFirst(edges, from, to, direction, types, maxHops).Select(p => string.Join(",", p)).ToList();
            var (start, end) = (reader.GetNode(from)!, reader.GetNode(to)!);

            var one = ShortestPaths.Find(reader, start, end, direction, types, maxHops, all: false);
            if (expected.Count == 0) Assert.Empty(one);
            else
            {
                var path = Assert.Single(one);
                Assert.Contains(RelationshipIds(path), expected);
                AssertJoined(path, start, end, direction, types);
            }

            var all = ShortestPaths.Find(reader, start, end, direction, types, maxHops, all: true);
            Assert.Equal(expected.Order(), all.Select(RelationshipIds).Order());
            foreach (var path in all) AssertJoined(path, start, end, direction, types);
        }
    }

    [Fact]
    public void Type_and_direction_filters_hold_on_rows_read_from_disk()
    {
        // a -T-> b <-T- c, a -U-> c, c -T-> d: by T alone a reaches c only against b's incoming T.
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var (a, b, c, d) = (tx.CreateNode("N", ("name", "a")), tx.CreateNode("N", ("name", "b")), tx.CreateNode("N", ("name", "c")), tx.CreateNode("N", ("name", "d")));
                tx.Connect(a, b, "T");
                tx.Connect(c, b, "T");
                tx.Connect(a, c, "U");
                tx.Connect(c, d, "T");
            });
            store.Checkpoint();
        }
        using var reopened = GraphStore.Open(directory.Path);
        using var reader = reopened.BeginRead();
        Assert.Equal(["abc"], Names(reader, "a", "c", Direction.Both, ["T"]));
        Assert.Empty(Names(reader, "a", "c", Direction.Outgoing, ["T"]));
        Assert.Equal(["ac"], Names(reader, "a", "c", Direction.Outgoing, null));
        Assert.Equal(["ac"], Names(reader, "a", "c", Direction.Outgoing, ["T", "U"]));
        Assert.Equal(["ca"], Names(reader, "c", "a", Direction.Incoming, null));
        Assert.Empty(Names(reader, "c", "a", Direction.Outgoing, null));
        Assert.Equal(["acd"], Names(reader, "a", "d", Direction.Outgoing, null));
        Assert.Equal(["abcd"], Names(reader, "a", "d", Direction.Both, ["T"]));
        Assert.Empty(Names(reader, "a", "d", Direction.Both, ["V"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_reader_keeps_its_snapshot_while_the_writer_deletes_and_adds_relationships(bool reopenedFromDisk)
    {
        // a -T-> b -T-> c -T-> d; the writer then deletes b->c and adds a -T-> d.
        var store = reopenedFromDisk ? GraphStore.Open(directory.Path) : GraphStore.CreateInMemory();
        long bc = -1;
        store.Write(tx =>
        {
            var (a, b, c, d) = (tx.CreateNode("N", ("name", "a")), tx.CreateNode("N", ("name", "b")), tx.CreateNode("N", ("name", "c")), tx.CreateNode("N", ("name", "d")));
            tx.Connect(a, b, "T");
            bc = tx.Connect(b, c, "T").Id;
            tx.Connect(c, d, "T");
        });
        if (reopenedFromDisk)
        {
            store.Checkpoint();
            store.Dispose();
            store = GraphStore.Open(directory.Path);
        }
        using (store)
        {
            using var before = store.BeginRead();
            store.Write(tx =>
            {
                tx.DeleteRelationship(tx.GetRelationship(bc)!);
                tx.Connect(tx.Single("N", "name", "a"), tx.Single("N", "name", "d"), "T");
            });
            using var after = store.BeginRead();

            Assert.Equal(["abcd"], Names(before, "a", "d", Direction.Both, null));
            Assert.Equal(["abcd"], Names(before, "a", "d", Direction.Outgoing, ["T"], all: true));
            Assert.Equal(["ba"], Names(before, "b", "a", Direction.Both, null));
            Assert.Equal(["bc"], Names(before, "b", "c", Direction.Both, null));
            Assert.Equal(["ad"], Names(after, "a", "d", Direction.Both, null));
            Assert.Empty(Names(after, "b", "d", Direction.Outgoing, null));
            Assert.Equal(["bad"], Names(after, "b", "d", Direction.Both, null));
            Assert.Empty(Names(after, "b", "c", Direction.Outgoing, null));
            Assert.Equal(["badc"], Names(after, "b", "c", Direction.Both, null));
            // Through Cypher, as the operator asks the store: the held reader still walks b->c.
            Assert.Equal([3L], before.Column("MATCH (a:N {name: 'a'}), (d:N {name: 'd'}) MATCH p = shortestPath((a)-[:T*]->(d)) RETURN length(p)"));
            Assert.Equal([1L], after.Column("MATCH (a:N {name: 'a'}), (d:N {name: 'd'}) MATCH p = shortestPath((a)-[:T*]->(d)) RETURN length(p)"));
        }
    }

    [Fact]
    public void The_writer_searches_its_own_uncommitted_changes()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx =>
        {
            var (a, b, c) = (tx.CreateNode("N", ("name", "a")), tx.CreateNode("N", ("name", "b")), tx.CreateNode("N", ("name", "c")));
            tx.Connect(a, b, "T");
            tx.Connect(b, c, "T");
        });
        using var writer = store.BeginWrite();
        var (a, b, c) = (writer.Single("N", "name", "a"), writer.Single("N", "name", "b"), writer.Single("N", "name", "c"));
        writer.DeleteRelationship(writer.Relationships(a, Direction.Outgoing).Single());
        Assert.Empty(ShortestPaths.Find(writer, a, c, Direction.Both, null, 10, all: false));
        writer.Connect(c, a, "U");
        Assert.Equal(1, Assert.Single(ShortestPaths.Find(writer, a, c, Direction.Both, null, 10, all: false)).Length);
        Assert.Equal(2, Assert.Single(ShortestPaths.Find(writer, a, b, Direction.Incoming, null, 10, all: false)).Length);
    }

    [Fact]
    public void A_search_on_a_reopened_store_makes_objects_only_for_the_path_it_returns()
    {
        // A ring of 200 nodes with chords: the search walks far more relationships than the path holds.
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var ring = Enumerable.Range(0, 200).Select(i => tx.CreateNode("N", ("name", "n" + i))).ToList();
                for (var i = 0; i < 200; i++)
                {
                    tx.Connect(ring[i], ring[(i + 1) % 200], "T");
                    tx.Connect(ring[i], ring[(i + 7) % 200], "T");
                }
            });
            store.Checkpoint();
        }
        using var reopened = GraphStore.Open(directory.Path);
        using var reader = reopened.BeginRead();
        var (from, to) = (reader.GetNode(0)!, reader.GetNode(100)!);
        var objectsBefore = (reopened.NodeObjects, reopened.RelationshipObjects);
        var path = Assert.Single(ShortestPaths.Find(reader, from, to, Direction.Both, null, 100, all: false));
        Assert.Equal(16, path.Length); // 14 chords of 7 and 2 steps of 1
        Assert.Equal(objectsBefore.NodeObjects + path.Length - 1, reopened.NodeObjects);
        Assert.Equal(objectsBefore.RelationshipObjects + path.Length, reopened.RelationshipObjects);
    }

    /// <summary>A random graph of the kind asked for, with the live relationships as an edge list (ids as the store gave them).</summary>
    private (GraphStore Store, List<long> NodeIds, List<Edge> Edges) RandomGraph(StoreKind kind, Random random, int nodeCount, int edgeCount)
    {
        var store = kind == StoreKind.InMemory ? GraphStore.CreateInMemory() : GraphStore.Open(directory.Path);
        var nodeIds = new List<long>();
        var edges = new List<Edge>();
        store.Write(tx =>
        {
            var nodes = Enumerable.Range(0, nodeCount).Select(_ => tx.CreateNode("N")).ToList();
            nodeIds.AddRange(nodes.Select(n => n.Id));
            for (var i = 0; i < edgeCount; i++)
            {
                // Some self-loops and parallel relationships on purpose: neither may change the answers.
                var (start, end) = (nodes[random.Next(nodeCount)], nodes[random.Next(nodeCount)]);
                var relationship = tx.Connect(start, end, Types[random.Next(2)]);
                edges.Add(new Edge(relationship.Id, start.Id, end.Id, relationship.Type));
            }
        });
        DeleteSome(store, random, edges, 4);
        if (kind == StoreKind.InMemory) return (store, nodeIds, edges);

        store.Checkpoint();
        store.Dispose();
        store = GraphStore.Open(directory.Path);
        if (kind == StoreKind.ChangedAfterReopening)
        {
            // Rows and made adjacency side by side: new relationships make their ends' adjacency, deletions make their objects.
            store.Write(tx =>
            {
                for (var i = 0; i < 8; i++)
                {
                    var (start, end) = (tx.GetNode(nodeIds[random.Next(nodeCount)])!, tx.GetNode(nodeIds[random.Next(nodeCount)])!);
                    var relationship = tx.Connect(start, end, Types[random.Next(2)]);
                    edges.Add(new Edge(relationship.Id, start.Id, end.Id, relationship.Type));
                }
            });
            DeleteSome(store, random, edges, 6);
        }
        return (store, nodeIds, edges);
    }

    private static void DeleteSome(GraphStore store, Random random, List<Edge> edges, int count) =>
        store.Write(tx =>
        {
            for (var i = 0; i < count; i++)
            {
                var edge = edges[random.Next(edges.Count)];
                tx.DeleteRelationship(tx.GetRelationship(edge.Id)!);
                edges.Remove(edge);
            }
        });

    /// <summary>
    /// Every shortest path as its relationship ids, by the textbook method: breadth-first distances from both ends, then
    /// every step that keeps dist(from, u) + 1 + dist(v, to) equal to the shortest length.
    /// </summary>
    private static List<List<long>> AllShortestByBreadthFirst(List<Edge> edges, long from, long to, Direction direction, string[]? types, int maxHops)
    {
        // A self-loop never lies on a shortest path (it would repeat its node).
        var allowed = edges.Where(e => e.Start != e.End && (types is null || types.Contains(e.Type))).ToList();
        IEnumerable<(long Relationship, long Next)> Steps(long node, Direction way)
        {
            foreach (var e in allowed)
            {
                if (way != Direction.Incoming && e.Start == node) yield return (e.Id, e.End);
                if (way != Direction.Outgoing && e.End == node) yield return (e.Id, e.Start);
            }
        }
        Dictionary<long, int> Distances(long root, Direction way)
        {
            var distance = new Dictionary<long, int> { [root] = 0 };
            var queue = new Queue<long>([root]);
            while (queue.TryDequeue(out var node))
                foreach (var (_, next) in Steps(node, way))
                    if (distance.TryAdd(next, distance[node] + 1)) queue.Enqueue(next);
            return distance;
        }
        var reverse = direction switch { Direction.Outgoing => Direction.Incoming, Direction.Incoming => Direction.Outgoing, _ => Direction.Both };
        var fromStart = Distances(from, direction);
        var toEnd = Distances(to, reverse);
        var paths = new List<List<long>>();
        if (!fromStart.TryGetValue(to, out var length) || length > maxHops) return paths;
        void Extend(long node, List<long> taken)
        {
            if (node == to)
            {
                paths.Add([.. taken]);
                return;
            }
            foreach (var (relationship, next) in Steps(node, direction))
                if (toEnd.TryGetValue(next, out var left) && taken.Count + 1 + left == length)
                {
                    taken.Add(relationship);
                    Extend(next, taken);
                    taken.RemoveAt(taken.Count - 1);
                }
        }
        Extend(from, []);
        return paths;
    }

    private static string RelationshipIds(PathValue path) => string.Join(",", path.Relationships.Select(r => r.Id));

    /// <summary>The path runs start → end, each relationship joins its neighbours in the direction and has one of the types.</summary>
    private static void AssertJoined(PathValue path, NodeEntity start, NodeEntity end, Direction direction, string[]? types)
    {
        Assert.Same(start, path.Nodes[0]);
        Assert.Same(end, path.Nodes[^1]);
        for (var i = 0; i < path.Length; i++)
        {
            var relationship = path.Relationships[i];
            Assert.Same(path.Nodes[i + 1], relationship.Other(path.Nodes[i]));
            if (direction == Direction.Outgoing) Assert.Same(path.Nodes[i], relationship.Start);
            if (direction == Direction.Incoming) Assert.Same(path.Nodes[i], relationship.End);
            if (types is not null) Assert.Contains(relationship.Type, types);
        }
    }

    private static List<string> Names(IGraphReader reader, string from, string to, Direction direction, string[]? types, bool all = false) =>
        ShortestPaths.Find(reader, reader.Single("N", "name", from), reader.Single("N", "name", to), direction, types, 30, all)
            .Select(p => string.Concat(p.Nodes.Select(n => (string)n.Properties["name"]!)))
            .Order().ToList();
}
