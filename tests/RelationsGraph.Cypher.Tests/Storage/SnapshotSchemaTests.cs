using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// A reader sees the schema (indexes, constraints) of its snapshot: SHOW INDEXES, SHOW CONSTRAINTS, the
/// planner's choice of an index and the seeks through it all answer as of the commit the reader began at,
/// while a writer creates and drops indexes beside it. On a store on disk; waits are bounded, never sleeps.
/// </summary>
public sealed class SnapshotSchemaTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly TempDirectory directory = new();
    private readonly GraphStore store;

    public SnapshotSchemaTests() => store = GraphStore.Open(directory.Path);

    public void Dispose()
    {
        store.Dispose();
        directory.Dispose();
    }

    private void WriteElsewhere(Action<IWriteTransaction> work) => Assert.True(Task.Run(() => store.Write(work)).Wait(Bound), "the writer waited");

    private List<NodeEntity> SeedPeople()
    {
        var people = new List<NodeEntity>();
        store.Write(tx =>
        {
            foreach (var name in new[] { "ada", "bo", "cy" }) people.Add(tx.CreateNode("Person", ("name", name)));
        });
        return people;
    }

    private static List<string> Names(IReadOnlyList<IndexDescriptor> indexes) => indexes.Select(i => i.Name).Order(StringComparer.Ordinal).ToList();

    private static bool PlansSeek(IReadTransaction reader) =>
        reader.Query("EXPLAIN MATCH (p:Person {name: 'ada'}) RETURN p").Plan!.Flatten().Any(step => step.Operator.StartsWith("NodeIndexSeek", StringComparison.Ordinal));

    [Fact]
    public void Indexes_and_constraints_created_after_a_reader_began_are_not_its_schema()
    {
        SeedPeople();
        using var reader = store.BeginRead();
        WriteElsewhere(tx =>
        {
            tx.CreateIndex(new IndexDescriptor("person_name", "Person", ["name"]));
            tx.CreateConstraint(new ConstraintDescriptor("person_id", "Person", ["id"]));
            tx.CreateIndex(new IndexDescriptor("names", "Person", ["name"]) { FullText = new(false, ["Person"], "standard") });
            tx.Connect(tx.CreateNode("Later", ("later", true)), tx.CreateNode("Person"), "LATER");
        });

        Assert.Empty(reader.Indexes);
        Assert.Empty(reader.Constraints);
        Assert.False(reader.HasIndex("Person", "name"));
        Assert.False(reader.HasIndex("Person", "id"));
        Assert.Empty(reader.Column("SHOW INDEXES"));
        Assert.Empty(reader.Column("SHOW CONSTRAINTS"));
        Assert.False(PlansSeek(reader));
        Assert.Equal(["ada"], reader.Column("MATCH (p:Person {name: 'ada'}) RETURN p.name"));
        Assert.Throws<CypherException>(() => reader.QueryFullText("names", false, "ada", 10));
        Assert.Equal(["Person"], reader.Column("CALL db.labels()"));
        Assert.Empty(reader.Column("CALL db.relationshipTypes()"));
        Assert.Equal(["name"], reader.Column("CALL db.propertyKeys()"));

        using var later = store.BeginRead();
        Assert.Equal(["names", "person_name"], Names(later.Indexes));
        Assert.Equal("person_id", Assert.Single(later.Constraints).Name);
        Assert.True(PlansSeek(later));
    }

    [Fact]
    public void An_index_dropped_after_a_reader_began_still_answers_it_as_of_its_snapshot()
    {
        var people = SeedPeople();
        store.Write(tx =>
        {
            tx.CreateIndex(new IndexDescriptor("person_name", "Person", ["name"]));
            tx.CreateConstraint(new ConstraintDescriptor("person_id", "Person", ["id"]));
        });
        using var reader = store.BeginRead();
        WriteElsewhere(tx =>
        {
            tx.DropIndex("person_name");
            tx.DropConstraint("person_id");
        });
        // Writes after the drop: the dropped index no longer takes them; the reader must not see them anyway.
        WriteElsewhere(tx =>
        {
            tx.SetProperty(people[0], "name", "ada2");
            tx.CreateNode("Person", ("name", "ada"));
        });

        Assert.Equal(["person_name"], Names(reader.Indexes));
        Assert.Equal("person_id", Assert.Single(reader.Constraints).Name);
        Assert.Equal(["person_name"], reader.Column("SHOW INDEXES"));
        Assert.True(PlansSeek(reader));
        Assert.Same(people[0], Assert.Single(reader.SeekByProperty("Person", "name", "ada")!));
        Assert.Equal(["ada"], reader.Column("MATCH (p:Person {name: 'ada'}) RETURN p.name"));

        using (var later = store.BeginRead())
        {
            Assert.Empty(later.Indexes);
            Assert.Empty(later.Constraints);
            Assert.False(PlansSeek(later));
            Assert.Single(later.Column("MATCH (p:Person {name: 'ada'}) RETURN p"));
        }

        // Once no reader reads before the drop, the dropped index is let go at the next write.
        Assert.True(store.RetainedForOlderReaders > 0);
        reader.Dispose();
        WriteElsewhere(tx => tx.CreateNode("Person", ("name", "eve")));
        Assert.Equal(0, store.RetainedForOlderReaders);
    }

    [Fact]
    public void An_uncommitted_index_is_not_a_readers_and_a_rolled_back_drop_leaves_a_working_index()
    {
        var people = SeedPeople();
        store.Write(tx => tx.CreateIndex(new IndexDescriptor("person_name", "Person", ["name"])));

        using (var writer = store.BeginWrite())
        {
            writer.CreateIndex(new IndexDescriptor("person_age", "Person", ["age"]));
            writer.DropIndex("person_name");
            var seen = Task.Run(() => store.Read(reader => (Names: string.Join(",", Names(reader.Indexes)), Age: reader.HasIndex("Person", "age"), Name: reader.HasIndex("Person", "name"))));
            Assert.True(seen.Wait(Bound), "the reader waited");
            Assert.Equal(("person_name", false, true), seen.Result);
            writer.Rollback();
        }

        // The index is back and keeps up with writes made after the rollback.
        WriteElsewhere(tx =>
        {
            tx.CreateNode("Person", ("name", "dee"));
            tx.SetProperty(people[1], "name", "bo2");
        });
        store.Read(reader =>
        {
            Assert.Equal(["person_name"], Names(reader.Indexes));
            Assert.Equal("dee", Assert.Single(reader.SeekByProperty("Person", "name", "dee")!).Properties["name"]);
            Assert.Same(people[1], Assert.Single(reader.SeekByProperty("Person", "name", "bo2")!));
            Assert.Empty(reader.SeekByProperty("Person", "name", "bo")!);
            return 0;
        });
    }
}

/// <summary>Label and type counts: a reader far behind the writer answers from the count history, not by counting.</summary>
public sealed class SnapshotCountHistoryTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_reader_fifty_commits_behind_reads_its_counts_from_the_history()
    {
        using var directory = new TempDirectory();
        using var store = GraphStore.Open(directory.Path);
        NodeEntity hub = null!;
        store.Write(tx =>
        {
            hub = tx.CreateNode("Hub");
            for (var i = 0; i < 5; i++) tx.Connect(hub, tx.CreateNode("Person", ("n", (long)i)), "KNOWS");
        });
        using var reader = store.BeginRead();
        var writes = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
                store.Write(tx => tx.Connect(hub, tx.CreateNode("Person", ("n", 100L + i)), "KNOWS"));
        });
        Assert.True(writes.Wait(Bound), "the writer waited");

        Assert.Equal(5, reader.CountNodesWithLabel("Person"));
        Assert.Equal(5, reader.CountRelationshipsWithType("KNOWS"));
        Assert.Equal(0, reader.CountNodesWithLabel("Nobody"));
        Assert.Equal(0, ((GraphView)reader).CountsByScan);
        Assert.Equal([5L], reader.Column("MATCH (p:Person) RETURN count(p)"));

        using var later = store.BeginRead();
        Assert.Equal(55, later.CountNodesWithLabel("Person"));
        Assert.Equal(55, later.CountRelationshipsWithType("KNOWS"));
    }

    [Fact]
    public void A_label_first_used_after_a_reader_began_counts_zero_for_it()
    {
        using var directory = new TempDirectory();
        using var store = GraphStore.Open(directory.Path);
        store.Write(tx => tx.CreateNode("Person"));
        using var reader = store.BeginRead();
        Assert.True(Task.Run(() =>
        {
            for (var i = 0; i < 3; i++) store.Write(tx => tx.Connect(tx.CreateNode("Fresh"), tx.CreateNode("Fresh"), "NEW_TYPE"));
        }).Wait(Bound));
        Assert.Equal(0, reader.CountNodesWithLabel("Fresh"));
        Assert.Equal(0, reader.CountRelationshipsWithType("NEW_TYPE"));
        Assert.Equal(0, ((GraphView)reader).CountsByScan);
    }

    [Fact]
    public void A_label_only_a_rolled_back_or_open_transaction_used_counts_zero_without_a_scan()
    {
        using var directory = new TempDirectory();
        using var store = GraphStore.Open(directory.Path);
        store.Write(tx => tx.CreateNode("Person"));
        using (var gone = store.BeginWrite())
        {
            gone.CreateNode("Gone");
            gone.Rollback();
        }
        using var open = store.BeginWrite();
        open.CreateNode("Pending");
        var counts = Task.Run(() => store.Read(reader =>
            (reader.CountNodesWithLabel("Gone"), reader.CountNodesWithLabel("Pending"), reader.CountNodesWithLabel("Person"), ((GraphView)reader).CountsByScan)));
        Assert.True(counts.Wait(Bound), "the reader waited");
        Assert.Equal((0L, 0L, 1L, 0), counts.Result);
        open.Commit();
    }
}
