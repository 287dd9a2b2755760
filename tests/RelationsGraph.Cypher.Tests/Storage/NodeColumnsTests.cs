using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Snapshot format 3 opens its nodes as rows (see NodeColumns): opening makes no node object, the label index
/// and the property indexes hold ids, and a node is made (once) only when a reader reaches it.
/// </summary>
public sealed class NodeColumnsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Opening_makes_no_node_and_a_seek_makes_only_the_node_it_finds()
    {
        Save(nodes: 300);
        using var store = GraphStore.Open(directory.Path);
        Assert.Equal(0, store.NodeObjects);
        Assert.Equal(300, store.Read(tx => tx.NodeCount));
        Assert.Equal(100, store.Read(tx => tx.CountNodesWithLabel("Q")));

        var found = store.Read(tx => Assert.Single(tx.SeekByProperty("P", "n", 42L)!));
        Assert.Equal(1, store.NodeObjects);
        Assert.Same(found, store.Read(tx => tx.GetNode(42))); // one object per id once made
        Assert.Same(found, store.Read(tx => Assert.Single(tx.SeekByProperty("P", "n", 42L)!)));
        var inGroup = store.Read(tx => tx.SeekByProperty("P", "group", "g3")!.Select(n => n.Id).Order().ToList());
        Assert.Equal(Enumerable.Range(0, 300).Where(i => i % 4 == 3).Select(i => (long)i), inGroup); // a key held by many is a bucket of ids
        Assert.Empty(store.Read(tx => tx.SeekByProperty("P", "n", 1000L)!));

        var labelled = store.Read(tx => tx.NodesWithLabel("Q").Select(n => n.Id).ToList());
        Assert.Equal(Enumerable.Range(0, 300).Where(i => i % 3 == 0).Select(i => (long)i), labelled);
        Assert.Equal(["P", "Q"], store.Read(tx => tx.GetNode(3)!.Labels.Order().ToArray()));
    }

    [Fact]
    public void Nodes_kept_as_rows_change_delete_and_keep_their_indexes_across_a_crash_and_a_checkpoint()
    {
        Save(nodes: 60);
        string[] before;
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.SetProperty(Assert.Single(tx.SeekByProperty("P", "n", 5L)!), "n", 500L);
                tx.DeleteNode(Assert.Single(tx.SeekByProperty("P", "n", 6L)!));
                tx.RemoveLabel(tx.GetNode(9)!, "Q");
                tx.AddLabel(tx.GetNode(10)!, "Q");
                tx.CreateNode("P", ("n", 6L));
            });
            Assert.Throws<CypherException>(() => store.Write(tx => tx.SetProperty(tx.GetNode(7)!, "n", 8L))); // the constraint holds on rows
            store.Write(tx => tx.CreateNode("Other")); // a later commit, after which the departures above are pruned
            Assert.Equal(0, store.RetainedForOlderReaders);
            Assert.InRange(store.NodeObjects, 6, 10); // pruning left the unchanged rows as rows
            before = store.Read(Describe);
            Assert.Empty(store.Read(tx => tx.SeekByProperty("P", "n", 5L)!));
            Assert.Equal(500L, store.Read(tx => Assert.Single(tx.SeekByProperty("P", "n", 500L)!).Properties["n"]));
        } // no checkpoint: the log replays over the rows
        using (var store = GraphStore.Open(directory.Path))
        {
            Assert.Equal(before, store.Read(Describe));
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path)) Assert.Equal(before, store.Read(Describe));

        static string[] Describe(IGraphReader tx) => [
            .. tx.AllNodes().OrderBy(n => n.Id).Select(n => $"{n.Id} {string.Join(",", n.Labels.Order())} {n.Properties.GetValueOrDefault("n")} {n.Properties.GetValueOrDefault("group")}"),
            .. tx.NodesWithLabel("Q").Select(n => $"Q {n.Id}").Order(),
            .. Enumerable.Range(0, 12).Select(i => $"seek {i}: {string.Join(',', tx.SeekByProperty("P", "n", (long)i)!.Where(n => Equals(n.Properties["n"], (long)i)).Select(n => n.Id))}"),
            $"g1: {string.Join(',', tx.SeekByProperty("P", "group", "g1")!.Where(n => Equals(n.Properties.GetValueOrDefault("group"), "g1")).Select(n => n.Id).Order())}",
            $"nodes {tx.NodeCount}, Q {tx.CountNodesWithLabel("Q")}",
        ];
    }

    [Fact]
    public void A_checkpoint_writes_rows_in_place_without_making_their_nodes()
    {
        Save(nodes: 90);
        string[] before;
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.SetProperty(tx.GetNode(4)!, "name", "changed");
                tx.DeleteNode(tx.GetNode(5)!);
                tx.CreateRelationship(tx.GetNode(7)!, tx.GetNode(8)!, "R", [new("w", 1L)]);
            });
            var made = store.NodeObjects;
            store.Checkpoint();
            Assert.Equal(made, store.NodeObjects); // the untouched rows stayed rows
            before = store.Read(Describe);
        }
        using (var store = GraphStore.Open(directory.Path))
        {
            var opened = store.NodeObjects; // at most the two ends of the relationship with properties (loading those makes it)
            Assert.InRange(opened, 0, 2);
            store.Checkpoint(); // a checkpoint of rows
            Assert.Equal(opened, store.NodeObjects);
            Assert.Equal(before, store.Read(Describe));
        }
        using (var again = GraphStore.Open(directory.Path)) Assert.Equal(before, again.Read(Describe));

        static string[] Describe(IGraphReader tx) => [
            .. tx.AllNodes().OrderBy(n => n.Id).Select(n =>
                $"{n.Id} {string.Join(",", n.Labels.Order())} {string.Join(",", n.Properties.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}" +
                $" out {string.Join(",", tx.Relationships(n, Direction.Outgoing).Select(r => $"{r.Type}>{r.End.Id}"))}"),
            $"nodes {tx.NodeCount}, Q {tx.CountNodesWithLabel("Q")}",
            $"seek 4: {Assert.Single(tx.SeekByProperty("P", "n", 4L)!).Properties["name"]}",
        ];
    }

    /// <summary>Nodes 0..count-1 labelled P (every third also Q) with a unique n, a name and a group shared by every fourth, indexed on both.</summary>
    private void Save(int nodes)
    {
        using var store = GraphStore.Open(directory.Path);
        store.Write(tx =>
        {
            tx.CreateConstraint(new ConstraintDescriptor("p_n", "P", ["n"]));
            tx.CreateIndex(new IndexDescriptor("p_group", "P", ["group"]));
        });
        store.Write(tx =>
        {
            for (var i = 0; i < nodes; i++)
            {
                var node = i % 3 == 0 ? tx.CreateNode(["P", "Q"], []) : tx.CreateNode(["P"], []);
                tx.SetProperty(node, "n", (long)i);
                tx.SetProperty(node, "name", $"v{i}");
                tx.SetProperty(node, "group", $"g{i % 4}");
            }
        });
        store.Checkpoint();
    }
}
