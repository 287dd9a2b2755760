using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The embedded graph store: the whole graph in memory, one writer or many readers at a time, and
/// (when opened on a directory) a write-ahead log plus snapshots that make every commit durable.
/// </summary>
public sealed class GraphStore : IGraphStore
{
    private readonly GraphData graph;
    private readonly ReaderWriterGate gate = new();
    private readonly DurableLog? log;
    private bool disposed;

    private GraphStore(GraphData graph, DurableLog? log)
    {
        this.graph = graph;
        this.log = log;
    }

    /// <summary>A store that lives in memory only.</summary>
    public static GraphStore CreateInMemory() => new(new GraphData(), null);

    /// <summary>
    /// Opens (creating or recovering) the store kept in directory; fails if another process has it open,
    /// and with a <see cref="DamagedStoreException"/> naming file and offset if a data file fails its checks.
    /// </summary>
    public static GraphStore Open(string directory) => Open(directory, new GraphStoreOptions());

    public static GraphStore Open(string directory, GraphStoreOptions options)
    {
        var graph = new GraphData();
        var log = DurableLog.Open(directory, graph, options);
        // Full-text indexes live in RAM and are rebuilt here from the recovered graph (see FullTextIndexes).
        graph.FullText.Flush(graph);
        return new GraphStore(graph, log);
    }

    /// <summary>The data directory, or null for an in-memory store.</summary>
    public string? Directory => log?.Directory;

    /// <summary>When opened with Recover and the log was damaged: what was kept and what was dropped (and where it was saved).</summary>
    public string? RecoveryReport => log?.RecoveryReport;

    /// <summary>Bytes of an interrupted append found at the end of the log when opening (ignored).</summary>
    internal long TornTailBytes => log?.TornTailBytes ?? 0;

    public IReadTransaction BeginRead(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        gate.EnterRead(cancellationToken);
        return new ReadTransaction(this, graph);
    }

    public IWriteTransaction BeginWrite(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        gate.EnterWrite(cancellationToken);
        return new WriteTransaction(this, graph);
    }

    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (log is null) return;
        gate.EnterWrite(CancellationToken.None);
        try { log.Checkpoint(graph); }
        finally { gate.ExitWrite(); }
    }

    /// <summary>
    /// Closes the log and releases the directory once open transactions finish. A transaction leaked by a
    /// caller must not hang shutdown forever: after a grace period the store closes anyway, and that
    /// transaction's commit then fails (and rolls back) instead of half-writing.
    /// </summary>
    public void Dispose()
    {
        if (disposed) return;
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var entered = false;
        try
        {
            gate.EnterWrite(grace.Token);
            entered = true;
        }
        catch (OperationCanceledException)
        {
            // Close regardless; see above.
        }
        try
        {
            disposed = true;
            log?.Dispose();
        }
        finally
        {
            if (entered) gate.ExitWrite();
        }
    }

    /// <summary>Called by a committing writer, still holding the gate: durable before it returns.</summary>
    internal void Persist(RedoBuffer redo)
    {
        if (redo.IsEmpty) return;
        // The id is taken only once the record is durable; a failed append leaves no record carrying it.
        var transactionId = graph.LastTransactionId + 1;
        log?.Append(redo.ToRecord(transactionId));
        graph.LastTransactionId = transactionId;
        try { log?.CheckpointIfLarge(graph); }
        catch (IOException)
        {
            // The commit is already durable in the log; a failed checkpoint only leaves the log longer, and the next commit retries.
        }
    }

    internal void EndRead() => gate.ExitRead();

    internal void EndWrite() => gate.ExitWrite();
}
