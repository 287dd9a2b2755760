using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// A reader's lookup of a unique key (GraphView's one-candidate seek): on a store opened from a snapshot it answers
/// the values saved, and a reader keeps answering as of its snapshot while a writer moves the key.
/// </summary>
public sealed class SnapshotLookupTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_lookup_on_a_reopened_store_reads_the_values_saved()
    {
        var saved = Enumerable.Range(0, 200).Select(i => (Id: (long)i * 3, Name: $"member {i}", Score: i * 0.5)).ToList();
        using (var database = GraphDatabase.Open(directory.Path))
        {
            database.Execute("CREATE CONSTRAINT member_id FOR (m:Member) REQUIRE m.id IS UNIQUE");
            database.Execute("UNWIND $rows AS r CREATE (:Member {id: r.id, name: r.name, score: r.score})",
                new Dictionary<string, object?> { ["rows"] = saved.Select(s => (object?)new Dictionary<string, object?> { ["id"] = s.Id, ["name"] = s.Name, ["score"] = s.Score }).ToList() });
            database.Checkpoint();
        }

        using var reopened = GraphDatabase.Open(directory.Path);
        foreach (var (id, name, score) in saved.Where((_, i) => i % 7 == 0))
        {
            var row = Assert.Single(reopened.Execute("MATCH (m:Member {id: $id}) RETURN m.id, m.name, m.score", new Dictionary<string, object?> { ["id"] = id }).Rows);
            Assert.Equal([id, name, score], row);
        }
        Assert.Empty(reopened.Execute("MATCH (m:Member {id: $id}) RETURN m.id", new Dictionary<string, object?> { ["id"] = 4L }).Rows); // between two keys
        Assert.Equal(9L, Assert.Single(reopened.Execute("MATCH (m:Member {id: $id}) RETURN m.id", new Dictionary<string, object?> { ["id"] = 9.0 }).Rows)[0]); // 9.0 finds 9
    }

    [Fact]
    public void A_reader_finds_the_key_where_its_snapshot_had_it_while_a_writer_moves_it()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx => tx.CreateConstraint(new ConstraintDescriptor("badge", "Guard", ["badge"])));
            store.Write(tx => { for (var i = 0; i < 50; i++) tx.CreateNode("Guard", ("badge", (long)i), ("post", $"gate {i}")); });
            store.Checkpoint();
        }
        using var reopened = GraphStore.Open(directory.Path);
        using var before = reopened.BeginRead();
        reopened.Write(tx =>
        {
            var moved = Assert.Single(tx.SeekByProperty("Guard", "badge", 7L)!);
            tx.SetProperty(moved, "badge", 700L);
            tx.CreateNode("Guard", ("badge", 7L), ("post", "new gate"));
        });

        Assert.Equal("gate 7", Post(before, 7L));
        Assert.Null(Post(before, 700L));
        Assert.Equal(["gate 7"], before.Column("MATCH (g:Guard {badge: $b}) RETURN g.post", new Dictionary<string, object?> { ["b"] = 7L }));

        using var after = reopened.BeginRead();
        Assert.Equal("new gate", Post(after, 7L));
        Assert.Equal("gate 7", Post(after, 700L));
        Assert.Equal(["new gate"], after.Column("MATCH (g:Guard {badge: $b}) RETURN g.post", new Dictionary<string, object?> { ["b"] = 7L }));
    }

    // The seek as the lookup operator asks it: a lone hit comes back as sole, anything else as the sequence.
    private static object? Post(IGraphReader reader, long badge)
    {
        var nodes = reader.SeekOneByProperty("Guard", "badge", badge, out var sole)!.ToList();
        if (sole is not null) nodes.Add(sole);
        return nodes.Count == 0 ? null : Assert.Single(nodes).Properties["post"];
    }
}
