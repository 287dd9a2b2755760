using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Snapshot format 4: nodes as column blocks (label membership counted from them), integer-keyed index entries
/// stored sorted and sought in place; indexes on other keys filled from the rows as before.
/// </summary>
public sealed class SnapshotFormat4Tests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_stored_integer_index_answers_a_seek_after_opening_without_making_other_nodes()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.CreateConstraint(new ConstraintDescriptor("item_code", "Item", ["code"]));
                for (var i = 0; i < 300; i++) tx.CreateNode("Item", ("code", (long)(299 - i)), ("name", $"item {i}")); // keys against id order
            });
            store.Checkpoint();
        }
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal(0, reopened.NodeObjects);
        Assert.Equal("item 263", reopened.Read(tx => Assert.Single(tx.SeekByProperty("Item", "code", 36L)!).Properties["name"]));
        Assert.Equal("item 263", reopened.Read(tx => Assert.Single(tx.SeekByProperty("Item", "code", 36.0)!).Properties["name"])); // 36.0 is the key 36
        Assert.Empty(reopened.Read(tx => tx.SeekByProperty("Item", "code", 36.5)!.ToList()));
        Assert.Empty(reopened.Read(tx => tx.SeekByProperty("Item", "code", "36")!.ToList()));
        Assert.Equal(1, reopened.NodeObjects);
        Assert.Equal(300, reopened.Read(tx => tx.CountNodesWithLabel("Item")));
    }

    [Fact]
    public void Nodes_that_leave_return_to_or_join_a_stored_key_are_found_once_and_survive_the_next_checkpoint()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.CreateConstraint(new ConstraintDescriptor("item_code", "Item", ["code"]));
                tx.CreateIndex(IndexDescriptor.FromStored("item_shelf", "Item", ["shelf"]));
                for (var i = 0; i < 20; i++) tx.CreateNode("Item", ("code", (long)i), ("shelf", (long)(i % 4)));
            });
            store.Checkpoint();
        }
        string[] expected;
        using (var store = GraphStore.Open(directory.Path))
        {
            using var older = store.BeginRead();
            store.Write(tx =>
            {
                var moved = Assert.Single(tx.SeekByProperty("Item", "code", 5L)!);
                tx.SetProperty(moved, "code", 500L); // leaves a stored key
                var back = Assert.Single(tx.SeekByProperty("Item", "code", 6L)!);
                tx.SetProperty(back, "code", 600L);
                tx.SetProperty(back, "code", 6L); // and returns to it: listed once
                tx.DeleteNode(Assert.Single(tx.SeekByProperty("Item", "code", 7L)!));
                tx.CreateNode("Item", ("code", 7L), ("shelf", 1L)); // a deleted holder's key is free again
                tx.SetProperty(Assert.Single(tx.SeekByProperty("Item", "code", 8L)!), "shelf", 1L); // joins a stored key of another index
            });
            Assert.Throws<CypherException>(() => store.Write(tx => tx.CreateNode("Item", ("code", 9L))));
            Assert.Equal(5L, Assert.Single(older.SeekByProperty("Item", "code", 5L)!).Properties["code"]); // the snapshot it began at
            expected = store.Read(Describe);
            Assert.Equal(["code 500", "code 6", "code 7", "shelf 1: 1 7 8 9 13 17 500"], expected[..4]);
            older.Dispose();
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path)) Assert.Equal(expected, store.Read(Describe));

        static string[] Describe(IGraphReader tx) =>
        [
            .. new[] { 500L, 6L, 7L }.Select(code => $"code {Assert.Single(tx.SeekByProperty("Item", "code", code)!).Properties["code"]}"),
            "shelf 1: " + string.Join(' ', tx.SeekByProperty("Item", "shelf", 1L)!.Select(n => (long)n.Properties["code"]!).Order()),
            $"code 5: {tx.SeekByProperty("Item", "code", 5L)!.Count()}, code 600: {tx.SeekByProperty("Item", "code", 600L)!.Count()}",
            $"items {tx.CountNodesWithLabel("Item")}",
        ];
    }

    [Fact]
    public void Relationship_properties_stay_bytes_until_read_then_change_and_survive_a_checkpoint_with_gaps()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var a = tx.CreateNode("P", ("n", 1L));
                var b = tx.CreateNode("P", ("n", 2L));
                tx.CreateRelationship(a, b, "PAID", [new("amount", 12.5), new("note", "rent")]);
                tx.DeleteRelationship(tx.Connect(a, b, "GONE")); // a gap in the ids
                tx.Connect(b, a, "PLAIN");
                tx.CreateRelationship(b, b, "PAID", [new("amount", 3L)]);
            });
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path))
        {
            Assert.Equal(0, store.RelationshipObjects);
            Assert.Equal(["PAID 12.5 rent", "PLAIN  ", "PAID 3 "], store.Read(Describe));
            store.Write(tx =>
            {
                var paid = tx.AllRelationships().First(r => r.Type == "PAID");
                tx.SetProperty(paid, "note", null);
                tx.SetProperty(paid, "amount", 13.0);
            });
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path)) Assert.Equal(["PAID 13 ", "PLAIN  ", "PAID 3 "], store.Read(Describe));

        static string[] Describe(IGraphReader tx) =>
            [.. tx.AllRelationships().OrderBy(r => r.Id).Select(r => $"{r.Type} {r.Properties.GetValueOrDefault("amount")} {r.Properties.GetValueOrDefault("note")}")];
    }

    [Fact]
    public void Indexes_on_text_mixed_or_several_keys_are_filled_from_the_rows_and_labels_counted_from_the_label_column()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.CreateIndex(IndexDescriptor.FromStored("city_name", "City", ["name"]));
                tx.CreateIndex(IndexDescriptor.FromStored("city_rank", "City", ["rank"]));
                tx.CreateIndex(IndexDescriptor.FromStored("city_pair", "City", ["name", "rank"]));
                tx.CreateNode("City", ("name", "Oslo"), ("rank", 1L));
                tx.CreateNode("City", ("name", "Rome"), ("rank", 2.0)); // a real among integers: stored as no entries
                tx.CreateNode([], [new("name", "unlabelled")]);
                var both = tx.CreateNode(["City", "Capital"], [new("name", "Paris"), new("rank", 3L)]);
                var gone = tx.CreateNode("Capital", ("name", "Gone"));
                tx.DeleteNode(gone);
            });
            store.Checkpoint();
        }
        using var reopened = GraphStore.Open(directory.Path);
        reopened.Read(tx =>
        {
            Assert.Equal("Rome", Assert.Single(tx.SeekByProperty("City", "rank", 2L)!).Properties["name"]);
            Assert.Equal("Paris", Assert.Single(tx.SeekByProperty("City", "name", "Paris")!).Properties["name"]);
            Assert.Equal(3, tx.CountNodesWithLabel("City"));
            Assert.Equal(["Paris"], tx.NodesWithLabel("Capital").Select(n => n.Properties["name"]));
            Assert.Equal(["Oslo", "Rome", "Paris"], tx.NodesWithLabel("City").Select(n => n.Properties["name"]));
            Assert.Equal(4, tx.AllNodes().Count());
            return 0;
        });
    }

    [Fact]
    public void Nodes_sharing_a_label_set_or_holding_their_own_keep_their_labels_across_two_checkpoints()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                for (var i = 0; i < 20; i++) tx.CreateNode(["Ship", "Boat"], [new("n", (long)i)]);
                for (var i = 20; i < 30; i++) tx.CreateNode(["Boat", "Ship"], [new("n", (long)i)]); // the same set, listed the other way
                for (var i = 30; i < 35; i++) tx.CreateNode(["Boat"], [new("n", (long)i)]);
            });
            store.Write(tx => tx.AddLabel(tx.NodesWithLabel("Boat").First(n => (long)n.Properties["n"]! == 31), "Ship")); // its own set now
            store.Checkpoint();
        }
        using (var reopened = GraphStore.Open(directory.Path))
        {
            reopened.Write(tx => tx.AddLabel(tx.NodesWithLabel("Boat").First(n => (long)n.Properties["n"]! == 32), "Wreck"));
            reopened.Checkpoint(); // rows still in columns beside made nodes
        }
        using var again = GraphStore.Open(directory.Path);
        again.Read(tx =>
        {
            Assert.Equal(31, tx.CountNodesWithLabel("Ship"));
            Assert.Equal(35, tx.CountNodesWithLabel("Boat"));
            Assert.Equal([32L], tx.NodesWithLabel("Wreck").Select(n => (long)n.Properties["n"]!));
            Assert.Equal([30L, 33L, 34L], tx.NodesWithLabel("Boat").Where(n => tx.LabelsOf(n).Count == 1).Select(n => (long)n.Properties["n"]!));
            return 0;
        });
    }
}
