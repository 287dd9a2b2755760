using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Write transactions reuse the previous one's undo log and redo buffer: nothing of a committed, rolled
/// back or oversized transaction may leak into the next one's log record or its rollback.
/// </summary>
public sealed class TransactionBufferReuseTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public void Each_transaction_logs_and_undoes_only_its_own_changes()
    {
        using (var store = GraphStore.Open(directory.Path))
        {
            Write(store, commit: true, "a");
            Write(store, commit: false, "rolled-back");
            Write(store, commit: true, "b");
            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["N"], [new("name", "kept")]);
                var savepoint = tx.Savepoint();
                tx.CreateNode(["N"], [new("name", "undone-to-savepoint")]);
                tx.RollbackTo(savepoint);
                tx.Commit();
            }
            // Larger than the buffers a store keeps for the next transaction; the one after starts afresh.
            using (var tx = store.BeginWrite())
            {
                for (var i = 0; i < 300_000; i++) tx.CreateNode(["Big"], []);
                tx.Rollback();
            }
            Write(store, commit: true, "c");
            Assert.Equal(["a", "b", "c", "kept"], Names(store));
        }
        using var reopened = GraphStore.Open(directory.Path); // replays the log: one record per commit, nothing else
        Assert.Equal(["a", "b", "c", "kept"], Names(reopened));
        using var read = reopened.BeginRead();
        Assert.Empty(read.NodesWithLabel("Big"));
    }

    [Fact]
    public void Commits_of_every_size_reopen_whole_when_the_log_reuses_its_record_buffer()
    {
        // Large, small, larger, small: each record is laid out in the buffer the previous one used.
        var sizes = new[] { 5_000, 3, 12_000, 1, 7_000 };
        using (var store = GraphStore.Open(directory.Path))
        {
            for (var batch = 0; batch < sizes.Length; batch++)
            {
                using var tx = store.BeginWrite();
                for (var i = 0; i < sizes[batch]; i++) tx.CreateNode(["B" + batch], [new("i", (long)i)]);
                tx.Commit();
            }
        }
        using var reopened = GraphStore.Open(directory.Path);
        using var read = reopened.BeginRead();
        for (var batch = 0; batch < sizes.Length; batch++)
            Assert.Equal(sizes[batch], read.NodesWithLabel("B" + batch).Count());
        Assert.Equal(sizes.Sum(s => (long)(s - 1) * s / 2), read.AllNodes().Sum(n => (long)n.Properties["i"]!));
    }

    private static void Write(GraphStore store, bool commit, string name)
    {
        using var tx = store.BeginWrite();
        tx.CreateNode(["N"], [new("name", name)]);
        if (commit) tx.Commit();
        else tx.Rollback();
    }

    private static string[] Names(GraphStore store)
    {
        using var read = store.BeginRead();
        return read.NodesWithLabel("N").Select(n => (string)n.Properties["name"]!).Order(StringComparer.Ordinal).ToArray();
    }

    public void Dispose() => directory.Dispose();
}
