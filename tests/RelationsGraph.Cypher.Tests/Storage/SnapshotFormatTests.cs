using System.Text;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Snapshot format 2 (sizes first, names interned) and the format-1 snapshots that stores written before
/// it still hold. Fixtures/format1.snapshot was written by the format-1 writer: two labels on one node,
/// every kind of value, three relationship types, a self-loop, a deleted node and a deleted relationship
/// (gaps in both id ranges), a unique constraint and an index.
/// </summary>
public sealed class SnapshotFormatTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_format_1_snapshot_opens_and_the_next_checkpoint_rewrites_it_as_format_2()
    {
        File.Copy(System.IO.Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "format1.snapshot"), directory.File("graph.snapshot"));
        Assert.Equal("RGSNAP01", Header());
        using (var store = GraphStore.Open(directory.Path))
        {
            AssertFixtureGraph(store);
            store.Checkpoint();
        }
        Assert.Equal("RGSNAP02", Header());
        using (var store = GraphStore.Open(directory.Path)) AssertFixtureGraph(store);
    }

    [Fact]
    public void Format_2_keeps_each_nodes_relationship_order_per_type_and_direction_across_gaps_and_deletes()
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
        Assert.Equal("RGSNAP02", Header());
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
