using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Tests.Storage;

public sealed class DurabilityTests : IDisposable
{
    private const string LogFile = "graph.wal";
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Committed_graph_and_every_value_kind_survive_reopen()
    {
        using (var store = GraphStore.Open(directory.Path))
            store.Write(tx =>
            {
                var a = tx.CreateNode("Person", ("name", "Ada"), ("age", 36L), ("score", 1.5), ("active", true),
                    ("tags", new List<object?> { "x", 2L, 3.5, false }));
                var b = tx.CreateNode("Person", ("name", "Bob"));
                var knows = tx.CreateRelationship(a, b, "KNOWS", [new("since", 1999L)]);
                tx.AddLabel(b, "Admin");
            });

        using var reopened = GraphStore.Open(directory.Path);
        reopened.Read(tx =>
        {
            var ada = tx.Single("Person", "name", "Ada");
            Assert.Equal(36L, ada.Properties["age"]);
            Assert.Equal(1.5, ada.Properties["score"]);
            Assert.Equal(true, ada.Properties["active"]);
            Assert.Equal(new List<object?> { "x", 2L, 3.5, false }, (List<object?>)ada.Properties["tags"]!);
            var knows = Assert.Single(tx.Relationships(ada, Direction.Outgoing, ["KNOWS"]));
            Assert.Equal(1999L, knows.Properties["since"]);
            Assert.Equal(["Admin", "Person"], knows.End.Labels.Order());
            return 0;
        });
    }

    [Theory]
    [InlineData("Date", "2024-02-29")]
    [InlineData("LocalTime", "12:34:56.789")]
    [InlineData("DateTime", "2024-01-01T10:00:00+01:00")]
    [InlineData("Duration", "P1Y2M3DT4H")]
    public void Temporal_values_survive_the_log_and_the_snapshot_as_kind_and_text(string kind, string text)
    {
        var value = TemporalValue.Parse(kind, text);
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx => tx.CreateNode("T", ("n", 1L), ("when", value), ("list", new List<object?> { value })));
        }
        AssertRoundTrip();
        using (var store = GraphStore.Open(directory.Path)) store.Checkpoint();
        AssertRoundTrip();

        void AssertRoundTrip()
        {
            using var store = GraphStore.Open(directory.Path);
            var node = store.Read(tx => tx.Single("T", "n", 1L));
            var loaded = Assert.IsAssignableFrom<TemporalValue>(node.Properties["when"]);
            Assert.Equal(kind, loaded.Kind);
            Assert.Equal(value.ToString(), loaded.ToString());
            Assert.Equal(value.ToString(), Assert.Single((List<object?>)node.Properties["list"]!)!.ToString());
        }
    }

    [Fact]
    public void A_torn_tail_is_ignored_and_cut_off_so_later_commits_survive()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx => tx.CreateNode("T", ("n", 1L)));
            store.Write(tx => tx.CreateNode("T", ("n", 2L)));
        }
        var log = directory.File(LogFile);
        var length = new FileInfo(log).Length;
        using (var file = new FileStream(log, FileMode.Open)) file.SetLength(length - 3); // the crash hit mid-append

        using (var store = GraphStore.Open(directory.Path))
        {
            Assert.Equal([1L], Numbers(store));
            store.Write(tx => tx.CreateNode("T", ("n", 3L)));
        }
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal([1L, 3L], Numbers(reopened));
    }

    [Fact]
    public void Garbage_after_the_last_record_is_damage_that_refuses_to_open()
    {
        using (var store = GraphStore.Open(directory.Path)) store.Write(tx => tx.CreateNode("T", ("n", 1L)));
        var end = new FileInfo(directory.File(LogFile)).Length;
        File.AppendAllText(directory.File(LogFile), "\u00ff\u00ff\u00ff\u007fpartial");
        var refusal = Assert.Throws<DamagedStoreException>(() => GraphStore.Open(directory.Path));
        Assert.Equal(end, refusal.Offset);
    }

    [Fact]
    public void A_last_record_failing_its_checksum_refuses_to_open_because_it_may_be_acknowledged()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx => tx.CreateNode("T", ("n", 1L)));
            store.Write(tx => tx.CreateNode("T", ("n", 2L)));
        }
        var log = directory.File(LogFile);
        var bytes = File.ReadAllBytes(log);
        bytes[^2] ^= 0x5A; // flip bits inside the last record's payload
        File.WriteAllBytes(log, bytes);

        var refusal = Assert.Throws<DamagedStoreException>(() => GraphStore.Open(directory.Path));
        Assert.Equal(log, refusal.FilePath);
        using var recovered = GraphStore.Open(directory.Path, new GraphStoreOptions { Recover = true });
        Assert.Equal([1L], Numbers(recovered));
    }

    [Fact]
    public void Checkpoint_writes_a_snapshot_empties_the_log_and_reopen_sees_both()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx => tx.CreateNode("T", ("n", 1L)));
            store.Checkpoint();
            Assert.Equal(20, new FileInfo(directory.File(LogFile)).Length); // the log's header alone
            store.Write(tx => tx.CreateNode("T", ("n", 2L)));
        }
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal([1L, 2L], Numbers(reopened));
    }

    [Fact]
    public void A_crash_between_snapshot_and_log_truncation_does_not_apply_records_twice()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx => tx.CreateNode("T", ("n", 1L)));
            var logBeforeCheckpoint = File.ReadAllBytes(directory.File(LogFile));
            store.Checkpoint();
            store.Dispose();
            File.WriteAllBytes(directory.File(LogFile), logBeforeCheckpoint); // as if truncation never happened
        }
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal([1L], Numbers(reopened));
    }

    [Fact]
    public void The_log_is_checkpointed_automatically_once_it_outgrows_the_threshold()
    {
        var options = new GraphStoreOptions { CheckpointThresholdBytes = 4096 };
        using (var store = GraphStore.Open(directory.Path, options))
            for (var i = 0; i < 200; i++)
                store.Write(tx => tx.CreateNode("T", ("n", (long)i), ("padding", new string('x', 100))));

        Assert.True(File.Exists(directory.File("graph.snapshot")));
        Assert.True(new FileInfo(directory.File(LogFile)).Length < 4096 + 512);
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), Numbers(reopened));
    }

    [Fact]
    public void Without_a_set_threshold_the_log_may_grow_as_large_as_the_last_snapshot_before_the_next_checkpoint()
    {
        // A checkpoint writes the whole graph: at a fixed log size a growing graph is written again and again.
        const long floor = 4096;
        var options = new GraphStoreOptions { CheckpointFloorBytes = floor };
        var snapshot = directory.File("graph.snapshot");
        long largestSnapshot = 0, largestLogPastIt = 0;
        const int nodes = 400;
        using (var store = GraphStore.Open(directory.Path, options))
            for (var i = 0; i < nodes; i++)
            {
                var n = (long)i;
                store.Write(tx => tx.CreateNode("T", ("n", n), ("padding", new string('x', 100))));
                var log = new FileInfo(directory.File(LogFile)).Length;
                if (File.Exists(snapshot)) largestSnapshot = Math.Max(largestSnapshot, new FileInfo(snapshot).Length);
                if (largestSnapshot > floor) largestLogPastIt = Math.Max(largestLogPastIt, log);
            }

        Assert.True(largestSnapshot > floor, "the graph outgrew the floor");
        Assert.True(largestLogPastIt > floor + 1024, "past the floor, the log grew with the snapshot instead of checkpointing at the floor");
        using var reopened = GraphStore.Open(directory.Path);
        Assert.Equal(Enumerable.Range(0, nodes).Select(i => (long)i), Numbers(reopened));
    }

    [Fact]
    public void Deletes_and_property_removals_replay_from_the_log()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            store.Write(tx =>
            {
                var a = tx.CreateNode("T", ("n", 1L), ("gone", "soon"));
                var b = tx.CreateNode("T", ("n", 2L));
                tx.Connect(a, b, "R");
            });
            store.Write(tx =>
            {
                var b = tx.Single("T", "n", 2L);
                foreach (var r in tx.Relationships(b, Direction.Both)) tx.DeleteRelationship(r);
                tx.DeleteNode(b);
                tx.SetProperty(tx.Single("T", "n", 1L), "gone", null);
            });
        }
        using var reopened = GraphStore.Open(directory.Path);
        reopened.Read(tx =>
        {
            Assert.Equal(1, tx.NodeCount);
            Assert.Equal(0, tx.RelationshipCount);
            Assert.False(tx.Single("T", "n", 1L).Properties.ContainsKey("gone"));
            return 0;
        });
    }

    [Fact]
    public void A_directory_can_be_open_for_writing_only_once()
    {
        using var store = GraphStore.Open(directory.Path);
        Assert.Throws<IOException>(() => GraphStore.Open(directory.Path));
        store.Dispose();
        using var again = GraphStore.Open(directory.Path);
    }

    private static List<long> Numbers(IGraphStore store) =>
        store.Read(tx => tx.NodesWithLabel("T").Select(n => (long)n.Properties["n"]!).Order().ToList());
}
