using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Snapshot reads: a reader sees the last commit before it began for its whole life, and readers and the
/// writer never wait for each other. Waits below are bounded (a hang fails the test), never sleeps.
/// </summary>
public sealed class SnapshotReadTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private sealed record Graph(NodeEntity A, NodeEntity B, NodeEntity C, RelationshipEntity AtoB, RelationshipEntity AtoC);

    /// <summary>(a:Person {name: "old"})-[:KNOWS]->(b:Person), (a)-[:KNOWS {since: 1}]->(c:Person), an index on :Person(name).</summary>
    private static Graph Seed(GraphStore store)
    {
        Graph? graph = null;
        store.Write(tx =>
        {
            tx.CreateIndex(new IndexDescriptor("person_name", "Person", ["name"]));
            var a = tx.CreateNode("Person", ("name", "old"));
            var b = tx.CreateNode("Person", ("name", "b"));
            var c = tx.CreateNode("Person", ("name", "c"));
            var ab = tx.Connect(a, b, "KNOWS");
            var ac = tx.CreateRelationship(a, c, "KNOWS", [new("since", 1L)]);
            graph = new Graph(a, b, c, ab, ac);
        });
        return graph!;
    }

    /// <summary>Changes every kind of thing a reader could see: property, labels, a new node and relationship, a deleted pair.</summary>
    private static long ChangeEverything(GraphStore store, Graph graph)
    {
        long newNodeId = -1;
        store.Write(tx =>
        {
            tx.SetProperty(graph.A, "name", "new");
            tx.SetProperty(graph.AtoB, "since", 2L);
            tx.AddLabel(graph.A, "Star");
            tx.RemoveLabel(graph.B, "Person");
            var d = tx.CreateNode("Person", ("name", "d"));
            newNodeId = d.Id;
            tx.Connect(graph.A, d, "KNOWS");
            tx.DeleteRelationship(graph.AtoC);
            tx.DeleteNode(graph.C);
        });
        return newNodeId;
    }

    private static void AssertOldState(IGraphReader reader, Graph graph, long newNodeId)
    {
        var a = reader.GetNode(graph.A.Id)!;
        Assert.Equal("old", a.Properties["name"]);
        Assert.Equal(["Person"], a.Labels);
        Assert.Contains("Person", reader.GetNode(graph.B.Id)!.Labels);
        Assert.False(reader.GetRelationship(graph.AtoB.Id)!.Properties.ContainsKey("since"));
        Assert.Null(reader.GetNode(newNodeId));
        Assert.False(Assert.IsType<NodeEntity>(reader.GetNode(graph.C.Id)).IsDeleted);
        Assert.False(graph.AtoC.IsDeleted);
        Assert.Equal(1L, reader.GetRelationship(graph.AtoC.Id)!.Properties["since"]);
        Assert.Equal(3, reader.NodeCount);
        Assert.Equal(2, reader.RelationshipCount);
        Assert.Equal(3, reader.AllNodes().Count());
        Assert.Equal(2, reader.AllRelationships().Count());
        Assert.Equal(3, reader.CountNodesWithLabel("Person"));
        Assert.Equal(0, reader.CountNodesWithLabel("Star"));
        Assert.Equal(2, reader.CountRelationshipsWithType("KNOWS"));
        Assert.Equal(["b", "c", "old"], reader.NodesWithLabel("Person").Select(n => (string)n.Properties["name"]!).Order());
        Assert.Equal(2, reader.Degree(a, Direction.Outgoing));
        Assert.Equal(2, reader.Degree(a, Direction.Both, "KNOWS"));
        Assert.Equal([graph.B.Id, graph.C.Id], reader.Relationships(a, Direction.Outgoing).Select(r => r.End.Id).Order());
        Assert.Equal(1, reader.Degree(graph.C, Direction.Incoming));
        Assert.Same(graph.A, Assert.Single(reader.SeekByProperty("Person", "name", "old")!));
        Assert.Empty(reader.SeekByProperty("Person", "name", "new")!);
        Assert.Empty(reader.SeekByProperty("Person", "name", "d")!);
    }

    [Fact]
    public async Task A_reader_sees_the_state_it_began_with_for_its_whole_life()
    {
        using var store = GraphStore.CreateInMemory();
        var graph = Seed(store);
        using var reader = store.BeginRead();
        AssertOldState(reader, graph, newNodeId: -1);

        // The writer commits on another thread while the reader is open.
        var newNodeId = await Task.Run(() => ChangeEverything(store, graph)).WaitAsync(Bound);

        AssertOldState(reader, graph, newNodeId);
        // More commits (and the pruning that follows them) do not take the old state away either.
        await Task.Run(() =>
        {
            for (var i = 0; i < 20; i++) store.Write(tx => tx.SetProperty(graph.A, "name", $"new{i}"));
        }).WaitAsync(Bound);
        AssertOldState(reader, graph, newNodeId);
    }

    [Fact]
    public void A_reader_begun_after_the_commit_sees_the_new_state()
    {
        using var store = GraphStore.CreateInMemory();
        var graph = Seed(store);
        using (var old = store.BeginRead())
        {
            var newNodeId = Task.Run(() => ChangeEverything(store, graph)).WaitAsync(Bound).GetAwaiter().GetResult();
            AssertOldState(old, graph, newNodeId);
        }
        using var reader = store.BeginRead();
        var a = reader.GetNode(graph.A.Id)!;
        Assert.Equal("new", a.Properties["name"]);
        Assert.Contains("Star", a.Labels);
        Assert.Null(reader.GetNode(graph.C.Id));
        Assert.True(graph.C.IsDeleted);
        Assert.Equal(3, reader.NodeCount);
        Assert.Equal(2, reader.RelationshipCount);
        Assert.Equal(2, reader.CountNodesWithLabel("Person"));
        Assert.Equal(2, reader.CountRelationshipsWithType("KNOWS"));
        Assert.Equal(2, reader.Degree(a, Direction.Outgoing));
        Assert.Equal(2L, reader.GetRelationship(graph.AtoB.Id)!.Properties["since"]);
        Assert.Same(graph.A, Assert.Single(reader.SeekByProperty("Person", "name", "new")!));
        Assert.Empty(reader.SeekByProperty("Person", "name", "old")!);
    }

    [Fact]
    public void A_reader_is_not_blocked_by_an_open_write_transaction_and_does_not_see_it()
    {
        using var store = GraphStore.CreateInMemory();
        var graph = Seed(store);
        using var writer = store.BeginWrite();
        writer.SetProperty(graph.A, "name", "uncommitted");
        writer.CreateNode("Person", ("name", "e"));
        writer.DeleteRelationship(graph.AtoB);

        // The writer is mid-transaction on this thread; a reader on another thread completes.
        var read = Task.Run(() => store.Read(reader => (
            Name: reader.GetNode(graph.A.Id)!.Properties["name"],
            Nodes: reader.AllNodes().Count(),
            Degree: reader.Degree(reader.GetNode(graph.A.Id)!, Direction.Outgoing))));
        Assert.True(read.Wait(Bound), "the reader waited for the writer");
        Assert.Equal(("old", 3, 2), (read.Result.Name, read.Result.Nodes, read.Result.Degree));

        // The writer sees its own changes.
        Assert.Equal("uncommitted", writer.GetNode(graph.A.Id)!.Properties["name"]);
        Assert.Equal(4, writer.NodeCount);
        Assert.Equal(1, writer.Degree(graph.A, Direction.Outgoing));
        writer.Commit();
    }

    [Fact]
    public void A_long_reader_does_not_block_a_writers_commit()
    {
        using var store = GraphStore.CreateInMemory();
        var graph = Seed(store);
        using var reader = store.BeginRead();
        var write = Task.Run(() => store.Write(tx => tx.SetProperty(graph.A, "name", "committed")));
        Assert.True(write.Wait(Bound), "the writer waited for the reader");
        Assert.Equal("old", reader.GetNode(graph.A.Id)!.Properties["name"]);
        Assert.Equal("committed", Task.Run(() => store.Read(r => r.GetNode(graph.A.Id)!.Properties["name"])).Result);
    }

    [Fact]
    public void Rollback_discards_the_transactions_versions()
    {
        using var store = GraphStore.CreateInMemory();
        var graph = Seed(store);
        using (var tx = store.BeginWrite())
        {
            tx.SetProperty(graph.A, "name", "rolled back");
            tx.AddLabel(graph.A, "Gone");
            tx.CreateNode("Person", ("name", "gone"));
            tx.DeleteRelationship(graph.AtoB);
            tx.Rollback();
        }
        store.Read(reader =>
        {
            AssertOldState(reader, graph, newNodeId: 3);
            return 0;
        });
        Assert.Equal("old", graph.A.Properties["name"]);
        Assert.Equal(1, store.Read(r => r.Degree(r.GetNode(graph.B.Id)!, Direction.Incoming)));
    }

    [Fact]
    public void A_query_runs_while_an_explicit_transaction_is_open()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute("CREATE (:Person {name: 'old'})-[:KNOWS]->(:Person {name: 'b'})");
        using var tx = db.BeginTransaction();
        tx.Execute("MATCH (p:Person {name: 'old'}) SET p.name = 'new', p:Star CREATE (:Person {name: 'c'})");

        var read = Task.Run(() => db.Execute(
            "MATCH (p:Person) OPTIONAL MATCH (p)-[k:KNOWS]->() RETURN p.name AS name, labels(p) AS labels, count(k) AS out ORDER BY name"));
        Assert.True(read.Wait(Bound), "the query waited for the open transaction");
        Assert.Equal(2, read.Result.Rows.Count);
        Assert.Equal("b", read.Result.Rows[0][0]);
        Assert.Equal("old", read.Result.Rows[1][0]);
        Assert.Equal(new List<object?> { "Person" }, read.Result.Rows[1][1]);
        Assert.Equal(1L, read.Result.Rows[1][2]);
        tx.Commit();
        Assert.Equal(3L, db.Execute("MATCH (p:Person) RETURN count(p)").Rows[0][0]);
    }
}

/// <summary>Pruning by low-water mark: what the oldest open snapshot may see stays, the rest goes.</summary>
public sealed class SnapshotPruningTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public void Closing_the_oldest_reader_frees_only_what_no_younger_reader_sees()
    {
        using var store = GraphStore.CreateInMemory();
        NodeEntity a = null!, b = null!;
        RelationshipEntity link = null!;
        store.Write(tx =>
        {
            tx.CreateIndex(new IndexDescriptor("thing_name", "Thing", ["name"]));
            a = tx.CreateNode("Thing", ("name", "v0"));
            b = tx.CreateNode("Thing", ("name", "b"));
            link = tx.Connect(a, b, "LINK");
        });
        void WriteElsewhere(Action<IWriteTransaction> work) => Assert.True(Task.Run(() => store.Write(work)).Wait(Bound));

        var oldest = store.BeginRead();
        WriteElsewhere(tx => tx.SetProperty(a, "name", "v1"));
        var younger = store.BeginRead(); // its snapshot is now the ambient one on this flow
        WriteElsewhere(tx =>
        {
            tx.SetProperty(a, "name", "v2");
            tx.DeleteRelationship(link);
            tx.DeleteNode(b);
        });
        Assert.True(store.RetainedForOlderReaders > 0);

        oldest.Dispose();
        WriteElsewhere(tx => tx.SetProperty(a, "name", "v3"));

        // The younger reader still sees v1, b and the relationship, by every path.
        Assert.Equal("v1", younger.GetNode(a.Id)!.Properties["name"]);
        Assert.Same(a, Assert.Single(younger.SeekByProperty("Thing", "name", "v1")!));
        Assert.Same(b, Assert.Single(younger.SeekByProperty("Thing", "name", "b")!));
        Assert.NotNull(younger.GetRelationship(link.Id));
        Assert.Equal(1, younger.Degree(a, Direction.Outgoing));
        Assert.Equal(2, younger.CountNodesWithLabel("Thing"));
        Assert.Equal(2, younger.NodesWithLabel("Thing").Count());
        Assert.False(b.IsDeleted);
        younger.Dispose();

        WriteElsewhere(tx => tx.SetProperty(a, "name", "v4"));
        Assert.Equal(0, store.RetainedForOlderReaders);
        store.Read(reader =>
        {
            Assert.Null(reader.GetNode(b.Id));
            Assert.Equal(0, reader.Degree(a, Direction.Outgoing));
            Assert.Equal("v4", reader.GetNode(a.Id)!.Properties["name"]);
            Assert.Same(a, Assert.Single(reader.SeekByProperty("Thing", "name", "v4")!));
            Assert.Empty(reader.SeekByProperty("Thing", "name", "v1")!);
            return 0;
        });
    }
}
