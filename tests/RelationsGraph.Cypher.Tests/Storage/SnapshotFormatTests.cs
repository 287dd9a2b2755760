using System.Text;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Snapshot formats 3 and 4 (relationships and adjacency as column blocks, relationships kept as rows until read;
/// format 4 adds nodes and index entries as blocks, see SnapshotFormat4Tests) and the format-1 to format-3 snapshots that stores written before it still hold. Fixtures/format1.snapshot
/// was written by the format-1 writer: two labels on one node, every kind of value, three relationship types,
/// a self-loop, a deleted node and a deleted relationship (gaps in both id ranges), a unique constraint and
/// an index. Fixtures/format2.snapshot and format3.snapshot are the same graph as the format-2 and format-3 writers saved it.
/// </summary>
public sealed class SnapshotFormatTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("format1.snapshot", "RGSNAP01")]
    [InlineData("format2.snapshot", "RGSNAP02")]
    [InlineData("format3.snapshot", "RGSNAP03")]
    public void An_older_snapshot_opens_and_the_next_checkpoint_rewrites_it_as_format_4(string fixture, string header)
    {
        File.Copy(System.IO.Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", fixture), directory.File("graph.snapshot"));
        Assert.Equal(header, Header());
        using (var store = GraphStore.Open(directory.Path))
        {
            AssertFixtureGraph(store);
            store.Checkpoint();
        }
        Assert.Equal("RGSNAP04", Header());
        using (var store = GraphStore.Open(directory.Path)) AssertFixtureGraph(store);
    }

    [Fact]
    public void Format_3_opens_relationships_as_rows_and_makes_an_object_only_for_what_is_read()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var nodes = Enumerable.Range(0, 50).Select(i => tx.CreateNode("P", ("n", (long)i))).ToList();
                for (var i = 0; i < 200; i++) tx.Connect(nodes[i % 50], nodes[(i * 7 + 1) % 50], i % 2 == 0 ? "A" : "B");
                tx.CreateRelationship(nodes[0], nodes[1], "C", [new("since", 2001L)]);
            });
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path))
        {
            Assert.Equal(0, store.RelationshipObjects); // not even the one with a property (format 4 keeps its record as bytes)
            Assert.Equal(0, store.NodesWithAdjacencyMade);
            var degree = store.Read(tx => tx.Relationships(tx.Single("P", "n", 3L), Direction.Both).Count());
            Assert.InRange(store.RelationshipObjects, 1, degree);
            Assert.Equal(0, store.NodesWithAdjacencyMade); // the node walked its snapshot rows in place
            store.Read(tx =>
            {
                var node = tx.Single("P", "n", 3L);
                var first = tx.Relationships(node, Direction.Outgoing).First();
                Assert.Same(first, tx.Relationships(node, Direction.Outgoing).First()); // one object per relationship once made
                Assert.Same(first, tx.GetRelationship(first.Id));
                Assert.Same(node, first.Start);
                return 0;
            });
            var made = store.RelationshipObjects;
            store.Checkpoint();
            Assert.Equal(made, store.RelationshipObjects); // writing the snapshot reads the rows in place
            Assert.Equal(0, store.NodesWithAdjacencyMade);
            store.Write(tx => tx.Connect(tx.Single("P", "n", 3L), tx.Single("P", "n", 4L), "A"));
            Assert.Equal(2, store.NodesWithAdjacencyMade); // a change makes the adjacency of both ends
            Assert.Equal(degree + 1, store.Read(tx => tx.Relationships(tx.Single("P", "n", 3L), Direction.Both).Count()));
            Assert.Equal(202, store.Read(tx => tx.RelationshipCount));
            Assert.Equal(2001L, store.Read(tx => Assert.Single(tx.Relationships(tx.Single("P", "n", 0L), Direction.Outgoing, ["C"])).Properties["since"]));
        }
    }

    [Fact]
    public void Relationships_read_from_columns_change_delete_and_survive_a_crash_and_a_checkpoint()
    {
        string[] before;
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var nodes = Enumerable.Range(0, 20).Select(i => tx.CreateNode("P", ("n", (long)i))).ToList();
                for (var i = 0; i < 60; i++) tx.Connect(nodes[i % 20], nodes[(i * 3 + 2) % 20], i % 3 == 0 ? "A" : "B");
            });
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var hub = tx.Single("P", "n", 0L);
                var relationships = tx.Relationships(hub, Direction.Both).ToList();
                tx.DeleteRelationship(relationships[0]);
                tx.SetProperty(relationships[1], "w", 5L);
                tx.Connect(hub, tx.Single("P", "n", 9L), "NEW");
                var leaf = tx.Single("P", "n", 19L);
                foreach (var relationship in tx.Relationships(leaf, Direction.Both).ToList()) tx.DeleteRelationship(relationship);
                tx.DeleteNode(leaf);
            });
            before = store.Read(Describe);
        } // no checkpoint: the log replays over the column rows
        using (var store = GraphStore.Open(directory.Path))
        {
            Assert.Equal(before, store.Read(Describe));
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path)) Assert.Equal(before, store.Read(Describe));

        static string[] Describe(IGraphReader tx) => [
            ..tx.AllNodes().OrderBy(n => n.Id).SelectMany(node => tx.Relationships(node, Direction.Outgoing)
                .Select(r => $"{node.Properties["n"]} {r.Id} {r.Type} {r.End.Properties["n"]} {r.Properties.GetValueOrDefault("w")}")),
            $"nodes {tx.NodeCount}, relationships {tx.RelationshipCount}, A {tx.CountRelationshipsWithType("A")}",
        ];
    }

    [Fact]
    public void Format_3_keeps_each_nodes_relationship_order_per_type_and_direction_across_gaps_and_deletes()
    {
        string[] before;
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var hub = tx.CreateNode("Hub", ("n", 0L));
                for (var i = 1; i <= 40; i++)
                {
                    var other = tx.CreateNode("Leaf", ("n", (long)i));
                    tx.Connect(i % 3 == 0 ? other : hub, i % 3 == 0 ? hub : other, i % 2 == 0 ? "A" : "B");
                }
                tx.Connect(hub, hub, "SELF");
            });
            store.Write(tx =>
            {
                var hub = tx.Single("Hub", "n", 0L);
                foreach (var relationship in tx.Relationships(hub, Direction.Both).Where(r => r.Id % 7 == 0).ToList()) tx.DeleteRelationship(relationship);
                tx.DeleteNode(tx.Single("Leaf", "n", 8L)); // its relationship (id 7) went above
            });
            before = store.Read(Describe);
            store.Checkpoint();
        }
        Assert.Equal("RGSNAP04", Header());
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal(before, reopened.Read(Describe));
        reopened.Write(tx => tx.Connect(tx.Single("Hub", "n", 0L), tx.Single("Leaf", "n", 1L), "A")); // a full exact-size group still grows
        Assert.Equal(before.Length + 1, reopened.Read(Describe).Length);

        static string[] Describe(IGraphReader tx)
        {
            var hub = tx.Single("Hub", "n", 0L);
            return [
                ..tx.Relationships(hub, Direction.Outgoing).Select(r => $"out {r.Id} {r.Type} {r.End.Properties["n"]}"),
                ..tx.Relationships(hub, Direction.Incoming).Select(r => $"in {r.Id} {r.Type} {r.Start.Properties["n"]}"),
                $"degree A {tx.Degree(hub, Direction.Both, "A")}, B {tx.Degree(hub, Direction.Both, "B")}",
                $"nodes {tx.NodeCount}, relationships {tx.RelationshipCount}",
            ];
        }
    }

    [Fact]
    public void Nodes_loaded_with_one_label_set_share_it_yet_change_their_labels_alone()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                for (var i = 0; i < 4; i++) tx.CreateNode(["P", "Q"], [new("n", (long)i)]);
            });
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.AddLabel(tx.Single("P", "n", 0L), "R");
                tx.RemoveLabel(tx.Single("P", "n", 1L), "Q");
            });
            store.Read(tx => AssertLabels(tx));
        } // reopening replays the label changes from the log onto the shared sets of the snapshot
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Read(tx => AssertLabels(tx));
            store.Write(tx => tx.AddLabel(tx.Single("P", "n", 2L), "S"));
            store.Read(tx => AssertLabels(tx, extra: "S"));
        }

        static int AssertLabels(IGraphReader tx, string? extra = null)
        {
            Assert.Equal(["P", "Q", "R"], tx.Single("P", "n", 0L).Labels.Order());
            Assert.Equal(["P"], tx.Single("P", "n", 1L).Labels.Order());
            Assert.Equal(extra is null ? ["P", "Q"] : ["P", "Q", extra], tx.Single("P", "n", 2L).Labels.Order());
            Assert.Equal(["P", "Q"], tx.Single("P", "n", 3L).Labels.Order());
            Assert.Equal(3, tx.CountNodesWithLabel("Q"));
            return 0;
        }
    }

    [Fact]
    public void Nodes_loaded_with_one_property_shape_share_its_keys_yet_change_their_properties_alone()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                tx.CreateConstraint(new ConstraintDescriptor("p_n", "P", ["n"]));
                for (var i = 0; i < 4; i++) tx.CreateNode(["P"], [new("n", (long)i), new("name", $"p{i}")]);
                tx.CreateNode(["P"], [new("name", "other shape"), new("n", 9L)]);
            });
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Read(tx => AssertProperties(tx, changed: false));
            store.Write(tx =>
            {
                tx.SetProperty(tx.Single("P", "n", 0L), "name", "renamed");
                tx.SetProperty(tx.Single("P", "n", 1L), "name", null);
                tx.SetProperty(tx.Single("P", "n", 2L), "n", 20L);
            });
            store.Read(tx => AssertProperties(tx, changed: true));
        } // reopening replays the changes from the log onto the records of the snapshot
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Read(tx => AssertProperties(tx, changed: true));
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(directory.Path)) store.Read(tx => AssertProperties(tx, changed: true));

        static int AssertProperties(IGraphReader tx, bool changed)
        {
            string Describe(long n) => string.Join(",", Assert.Single(tx.SeekByProperty("P", "n", n)!).Properties.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));
            Assert.Equal(changed ? "n=0,name=renamed" : "n=0,name=p0", Describe(0));
            Assert.Equal(changed ? "n=1" : "n=1,name=p1", Describe(1));
            Assert.Equal(changed ? "n=20,name=p2" : "n=2,name=p2", Describe(changed ? 20 : 2));
            Assert.Equal(changed, tx.SeekByProperty("P", "n", 2L)!.All(node => node.Properties["n"] is 20L));
            Assert.Equal("n=3,name=p3", Describe(3));
            Assert.Equal("n=9,name=other shape", Describe(9));
            Assert.True(tx.Single("P", "n", 3L).Properties.ContainsKey("name"));
            Assert.False(tx.Single("P", "n", 3L).Properties.TryGetValue("missing", out _));
            return 0;
        }
    }

    private string Header() => Encoding.ASCII.GetString(File.ReadAllBytes(directory.File("graph.snapshot")), 0, 8);

    private static void AssertFixtureGraph(GraphStore store) => store.Read(tx =>
    {
        Assert.Equal(4, tx.NodeCount);
        Assert.Equal(6, tx.RelationshipCount);
        Assert.Empty(tx.NodesWithLabel("Temp"));
        Assert.Equal(["person_name"], tx.Constraints.Select(c => c.Name));
        Assert.Equal(["city_name"], tx.Indexes.Select(i => i.Name));
        Assert.True(tx.HasIndex("City", "name"));

        var ada = Assert.Single(tx.SeekByProperty("Person", "name", "Ada")!);
        Assert.Equal(["Admin", "Person"], ada.Labels.Order());
        Assert.Equal(36L, ada.Properties["age"]);
        Assert.Equal(1.5, ada.Properties["score"]);
        Assert.Equal(true, ada.Properties["active"]);
        Assert.Equal(new List<object?> { "x", "y" }, (List<object?>)ada.Properties["tags"]!);
        Assert.Equal(new List<object?> { 2L, 3L }, (List<object?>)ada.Properties["ranks"]!);
        Assert.Equal("1815-12-10", ada.Properties["born"]!.ToString());

        Assert.Equal(["KNOWS Bob 1999", "KNOWS Ada ", "LIVES_IN London ", "VISITED Paris 3"],
            tx.Relationships(ada, Direction.Outgoing).Select(r => $"{r.Type} {r.End.Properties["name"]} {r.Properties.GetValueOrDefault("since") ?? r.Properties.GetValueOrDefault("times")}"));
        Assert.Equal(["KNOWS Bob", "KNOWS Ada"], tx.Relationships(ada, Direction.Incoming).Select(r => $"{r.Type} {r.Start.Properties["name"]}"));
        var livesIn = Assert.Single(tx.Relationships(ada, Direction.Outgoing, ["LIVES_IN"]));
        Assert.NotNull(livesIn.Properties["from"]);
        Assert.Equal(2100000L, Assert.Single(tx.SeekByProperty("City", "name", "Paris")!).Properties["population"]);
        return 0;
    });
}
