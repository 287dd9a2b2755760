using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

public sealed class TransactionTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Rollback_undoes_creates_updates_labels_and_deletes()
    {
        using var store = GraphStore.Open(directory.Path);
        long keptId = 0;
        store.Write(tx =>
        {
            var kept = tx.CreateNode("Person", ("name", "Ada"));
            var other = tx.CreateNode("Person", ("name", "Bob"));
            tx.Connect(kept, other, "KNOWS");
            keptId = kept.Id;
        });

        using (var tx = store.BeginWrite())
        {
            var ada = tx.GetNode(keptId)!;
            tx.SetProperty(ada, "name", "Changed");
            tx.SetProperty(ada, "age", 36L);
            tx.AddLabel(ada, "Admin");
            tx.RemoveLabel(ada, "Person");
            foreach (var r in tx.Relationships(ada, Direction.Both)) tx.DeleteRelationship(r);
            tx.DeleteNode(ada);
            tx.CreateNode("Person", ("name", "Eve"));
            tx.Rollback();
        }

        store.Read(tx =>
        {
            var ada = tx.GetNode(keptId)!;
            Assert.False(ada.IsDeleted);
            Assert.Equal("Ada", ada.Properties["name"]);
            Assert.False(ada.Properties.ContainsKey("age"));
            Assert.Equal(["Person"], ada.Labels);
            Assert.Equal(2, tx.NodesWithLabel("Person").Count());
            Assert.Empty(tx.NodesWithLabel("Admin"));
            Assert.Equal(1, tx.Degree(ada, Direction.Outgoing, "KNOWS"));
            Assert.Equal(1, tx.RelationshipCount);
            return 0;
        });
    }

    [Fact]
    public void Created_nodes_share_a_label_set_that_no_change_of_one_node_reaches()
    {
        // Nodes created with the same labels share one set (the compact form of a bulk load): adding or removing a
        // label of one, in its creating transaction or a later one, copies the set first; the others, and a reader
        // that began before the change, keep theirs. Properties likewise become the node's own on its first change.
        using var store = GraphStore.Open(directory.Path);
        long first = 0, second = 0, third = 0;
        store.Write(tx =>
        {
            var a = tx.CreateNode("Item", ("code", 1L));
            var b = tx.CreateNode("Item", ("code", 2L));
            tx.AddLabel(a, "Fresh");
            tx.SetProperty(a, "code", 10L);
            (first, second) = (a.Id, b.Id);
        });
        store.Write(tx => third = tx.CreateNode("Item", ("code", 3L)).Id);
        using var before = store.BeginRead();
        store.Write(tx =>
        {
            tx.RemoveLabel(tx.GetNode(second)!, "Item");
            tx.AddLabel(tx.GetNode(third)!, "Late");
        });
        store.Read(tx =>
        {
            Assert.Equal(["Fresh", "Item"], tx.GetNode(first)!.Labels.Order());
            Assert.Empty(tx.GetNode(second)!.Labels);
            Assert.Equal(["Item", "Late"], tx.GetNode(third)!.Labels.Order());
            Assert.Equal([10L, 2L, 3L], new[] { first, second, third }.Select(id => tx.GetNode(id)!.Properties["code"]));
            Assert.Equal(2, tx.NodesWithLabel("Item").Count());
            return 0;
        });
        Assert.Equal(["Item"], before.GetNode(second)!.Labels);
        Assert.Equal(["Item"], before.GetNode(third)!.Labels);
    }

    [Fact]
    public void Dispose_without_commit_rolls_back_and_nothing_reaches_disk()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            using (var tx = store.BeginWrite()) tx.CreateNode("Ghost");
            Assert.Equal(0, store.Read(tx => tx.NodeCount));
        }
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal(0, reopened.Read(tx => tx.NodeCount));
    }

    [Fact]
    public void RollbackTo_undoes_only_the_failed_statement_and_commit_persists_the_rest()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            using var tx = store.BeginWrite();
            tx.CreateNode("Kept", ("n", 1L));
            var savepoint = tx.Savepoint();
            var doomed = tx.CreateNode("Doomed", ("n", 2L));
            tx.SetProperty(doomed, "x", "y");
            tx.RollbackTo(savepoint);
            tx.CreateNode("Kept", ("n", 3L));
            tx.Commit();
        }
        using var reopened = GraphStore.Open(directory.Path);
        reopened.Read(tx =>
        {
            Assert.Equal([1L, 3L], tx.NodesWithLabel("Kept").Select(n => n.Properties["n"]).OrderBy(v => (long)v!));
            Assert.Empty(tx.NodesWithLabel("Doomed"));
            Assert.Equal(2, tx.NodeCount);
            return 0;
        });
    }

    [Fact]
    public void Deleting_a_node_that_still_has_relationships_fails()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode("A");
        var b = tx.CreateNode("B");
        var r = tx.Connect(a, b, "T");
        var error = Assert.Throws<CypherException>(() => tx.DeleteNode(a));
        Assert.Equal("ConstraintValidationFailed", error.ErrorClass);
        tx.DeleteRelationship(r);
        tx.DeleteNode(a);
        Assert.True(a.IsDeleted);
        Assert.Equal(1, tx.NodeCount);
    }

    [Fact]
    public void Ids_are_never_reused_even_after_delete_and_reopen()
    {
        long firstId;
        using (var store = GraphStore.Open(directory.Path))
        {
            var node = default(NodeEntity)!;
            store.Write(tx => node = tx.CreateNode("X"));
            firstId = node.Id;
            store.Write(tx => tx.DeleteNode(tx.GetNode(firstId)!));
        }
        using var reopened = GraphStore.Open(directory.Path);
        var next = default(NodeEntity)!;
        reopened.Write(tx => next = tx.CreateNode("X"));
        Assert.True(next.Id > firstId);
    }

    [Fact]
    public void Expansion_is_split_by_direction_and_type_and_a_self_loop_counts_once()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx =>
        {
            var hub = tx.CreateNode("Hub");
            var a = tx.CreateNode("Leaf");
            var b = tx.CreateNode("Leaf");
            tx.Connect(hub, a, "LIKES");
            tx.Connect(hub, b, "KNOWS");
            tx.Connect(b, hub, "KNOWS");
            tx.Connect(hub, hub, "SELF");
        });
        store.Read(tx =>
        {
            var hub = Assert.Single(tx.NodesWithLabel("Hub"));
            Assert.Equal(3, tx.Degree(hub, Direction.Outgoing));
            Assert.Equal(2, tx.Degree(hub, Direction.Incoming));
            Assert.Equal(4, tx.Degree(hub, Direction.Both));
            Assert.Equal(4, tx.Relationships(hub, Direction.Both).Count());
            Assert.Equal(2, tx.Relationships(hub, Direction.Both, ["KNOWS"]).Count());
            Assert.Single(tx.Relationships(hub, Direction.Outgoing, ["LIKES", "LIKES"]));
            Assert.Equal(1, tx.Degree(hub, Direction.Incoming, "KNOWS"));
            Assert.Empty(tx.Relationships(hub, Direction.Incoming, ["LIKES"]));
            return 0;
        });
    }

    [Fact]
    public void Enumerations_inside_a_write_transaction_tolerate_writes()
    {
        using var store = GraphStore.CreateInMemory();
        store.Write(tx => { for (var i = 0; i < 5; i++) tx.CreateNode("N"); });
        store.Write(tx =>
        {
            foreach (var node in tx.AllNodes()) tx.CreateNode("N");
        });
        Assert.Equal(10, store.Read(tx => tx.NodeCount));
    }

    [Fact]
    public void A_finished_transaction_refuses_further_use()
    {
        using var store = GraphStore.CreateInMemory();
        var tx = store.BeginWrite();
        tx.Commit();
        Assert.Throws<ObjectDisposedException>(() => tx.CreateNode("Late"));
        using var next = store.BeginWrite(); // the gate was released
        next.Rollback();
    }
}
