using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// AppendFarEnds walks a node's relationships by ids (made adjacency or snapshot rows; a relationship's object or its
/// columns) for a hop that never reads the relationship. It must hand out exactly what Relationships does, in the same
/// order, paired with the far node: on a store in memory, one reopened from disk, one changed after reopening, for a
/// reader held across a commit and for the writer's uncommitted changes.
/// </summary>
public sealed class FarEndWalkTests : IDisposable
{
    private static readonly string[] Types = ["T", "U"];
    private static readonly Direction[] Directions = [Direction.Outgoing, Direction.Incoming, Direction.Both];
    private static readonly string[]?[] Filters = [null, [], ["T"], ["U", "T", "U"], ["V"]];
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    public enum StoreKind { InMemory, ReopenedFromDisk, ChangedAfterReopening }

    [Theory]
    [InlineData(StoreKind.InMemory, 1)]
    [InlineData(StoreKind.ReopenedFromDisk, 2)]
    [InlineData(StoreKind.ReopenedFromDisk, 3)]
    [InlineData(StoreKind.ChangedAfterReopening, 4)]
    [InlineData(StoreKind.ChangedAfterReopening, 5)]
    public void Far_ends_are_the_relationships_in_order_for_readers_and_the_writer(StoreKind kind, int seed)
    {
        var random = new Random(seed);
        var (store, nodeIds) = RandomGraph(kind, random);
        using (store)
        {
            // The held reader is asked first, while its rows are untouched; then after a commit that deletes and adds.
            using var held = store.BeginRead();
            AssertAgrees(held, nodeIds);
            store.Write(tx => Change(tx, nodeIds, random));
            AssertAgrees(held, nodeIds);
            using (var fresh = store.BeginRead()) AssertAgrees(fresh, nodeIds);
            using var writer = store.BeginWrite();
            Change(writer, nodeIds, random);
            AssertAgrees(writer, nodeIds);
        }
    }

    [Fact]
    public void A_walk_of_a_reopened_store_makes_no_relationship_object()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var hub = tx.CreateNode("N");
                for (var i = 0; i < 50; i++) tx.Connect(hub, tx.CreateNode("N"), "T");
            });
            store.Checkpoint();
        }
        using var reopened = GraphStore.Open(directory.Path);
        using var reader = reopened.BeginRead();
        var hub = reader.GetNode(0)!;
        var before = reopened.RelationshipObjects;
        var farEnds = new List<(long RelationshipId, NodeEntity Other)>();
        reader.AppendFarEnds(hub, Direction.Both, ["T"], farEnds);
        Assert.Equal(50, farEnds.Count);
        Assert.Equal(before, reopened.RelationshipObjects);
    }

    private static void AssertAgrees(IGraphReader reader, List<long> nodeIds)
    {
        var farEnds = new List<(long RelationshipId, NodeEntity Other)>();
        foreach (var id in nodeIds)
        {
            if (reader.GetNode(id) is not { } node) continue;
            foreach (var direction in Directions)
                foreach (var types in Filters)
                {
                    var expected = reader.Relationships(node, direction, types).Select(r => (r.Id, reader.OtherNode(r, node).Id)).ToList();
                    farEnds.Clear();
                    reader.AppendFarEnds(node, direction, types, farEnds);
                    Assert.Equal(expected, farEnds.Select(f => (f.RelationshipId, f.Other.Id)).ToList());
                }
        }
    }

    private (GraphStore Store, List<long> NodeIds) RandomGraph(StoreKind kind, Random random)
    {
        var store = kind == StoreKind.InMemory ? GraphStore.CreateInMemory() : GraphStore.Open(directory.Path);
        var nodeIds = new List<long>();
        store.Write(tx =>
        {
            var nodes = Enumerable.Range(0, 16).Select(_ => tx.CreateNode("N")).ToList();
            nodeIds.AddRange(nodes.Select(n => n.Id));
            // Self-loops and parallel relationships on purpose: a self-loop comes once for Both.
            for (var i = 0; i < 40; i++) tx.Connect(nodes[random.Next(16)], nodes[random.Next(16)], Types[random.Next(2)]);
        });
        if (kind == StoreKind.InMemory) return (store, nodeIds);
        store.Checkpoint();
        store.Dispose();
        store = GraphStore.Open(directory.Path);
        if (kind == StoreKind.ChangedAfterReopening) store.Write(tx => Change(tx, nodeIds, random));
        return (store, nodeIds);
    }

    /// <summary>Deletes a few relationships (making their objects) and adds a few (making their ends' adjacency).</summary>
    private static void Change(IGraphWriter writer, List<long> nodeIds, Random random)
    {
        for (var i = 0; i < 4; i++)
        {
            var node = writer.GetNode(nodeIds[random.Next(nodeIds.Count)])!;
            if (writer.Relationships(node, Direction.Both).FirstOrDefault() is { } relationship) writer.DeleteRelationship(relationship);
            writer.Connect(node, writer.GetNode(nodeIds[random.Next(nodeIds.Count)])!, Types[random.Next(2)]);
        }
    }
}
