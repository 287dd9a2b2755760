using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The embedded graph store: the whole graph in memory, one writer at a time beside any number of
/// readers (each reads the last commit before it began and never waits; multi-version concurrency),
/// and (when opened on a directory) a write-ahead log plus snapshots that make every commit durable.
/// </summary>
public sealed class GraphStore : IGraphStore
{
    private readonly GraphData graph;
    // One writer at a time; a semaphore, not a Monitor, so a transaction may end on another thread.
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SnapshotClock clock = new();
    private readonly DurableLog? log;
    // The last write transaction's undo log and redo buffer, emptied, for the next one (one writer at a time):
    // a bulk transaction grows them to megabytes, and growing new ones for every batch churns the large-object
    // heap, whose collections are full (gen 2) ones. Kept only up to a modest size.
    private (UndoLog Undo, RedoBuffer Redo)? spareBuffers;
    private const int MaxKeptRedoBytes = 8 << 20;
    private const int MaxKeptUndoSteps = 256 * 1024;
    private bool disposed;

    private GraphStore(GraphData graph, DurableLog? log)
    {
        this.graph = graph;
        this.log = log;
        graph.StampOpened();
        clock.Publish(new CommitState(graph.LastTransactionId, graph.NodeCount, graph.RelationshipCount));
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
        cancellationToken.ThrowIfCancellationRequested();
        return new ReadTransaction(this, graph, clock.BeginRead());
    }

    public IWriteTransaction BeginWrite(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        writeLock.Wait(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            PruneIfNoReaderNeedsIt();
            return new WriteTransaction(this, graph);
        }
        catch
        {
            writeLock.Release();
            throw;
        }
    }

    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (log is null) return;
        writeLock.Wait();
        // The snapshot file holds the newest state, even when the caller is inside a reader.
        var newest = ReadSnapshot.ForWriter();
        var replaced = ReadSnapshot.Enter(newest);
        try { log.Checkpoint(graph); }
        finally
        {
            newest.Exit(replaced);
            writeLock.Release();
        }
    }

    /// <summary>
    /// Closes the log and releases the directory once the open write transaction finishes (readers hold
    /// nothing: they read memory only). A transaction leaked by a
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
            writeLock.Wait(grace.Token);
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
            if (entered) writeLock.Release();
        }
    }

    /// <summary>Called by a committing writer, still holding the write lock: durable before it returns.</summary>
    internal void Persist(RedoBuffer redo)
    {
        if (redo.IsEmpty) return;
        // The id is taken only once the record is durable; a failed append leaves no record carrying it.
        var transactionId = graph.LastTransactionId + 1;
        log?.Append(transactionId, redo.Operations);
        graph.LastTransactionId = transactionId;
        try { log?.CheckpointIfLarge(graph); }
        catch (IOException)
        {
            // The commit is already durable in the log; a failed checkpoint only leaves the log longer, and the next commit retries.
        }
    }

    /// <summary>Called by a beginning writer (holding the write lock): the spare buffers, or new ones.</summary>
    internal (UndoLog Undo, RedoBuffer Redo) TakeBuffers()
    {
        var buffers = spareBuffers ?? (new UndoLog(graph), new RedoBuffer());
        spareBuffers = null;
        return buffers;
    }

    /// <summary>Called by a finishing writer (still holding the write lock) with its emptied buffers.</summary>
    internal void ReturnBuffers(UndoLog undo, RedoBuffer redo)
    {
        if (undo.Count == 0 && redo.IsEmpty && undo.Capacity <= MaxKeptUndoSteps && redo.Capacity <= MaxKeptRedoBytes)
            spareBuffers = (undo, redo);
    }

    /// <summary>What the store keeps only for readers at older snapshots (pruned once the oldest of them ends and a writer passes).</summary>
    internal int RetainedForOlderReaders
    {
        get
        {
            writeLock.Wait();
            try { return graph.RetainedForOlderReaders; }
            finally { writeLock.Release(); }
        }
    }

    /// <summary>Relationships held as objects rather than as column rows (what a test of the compact form counts).</summary>
    internal int RelationshipObjects
    {
        get
        {
            writeLock.Wait();
            try { return graph.RelationshipObjects; }
            finally { writeLock.Release(); }
        }
    }

    /// <summary>Nodes held as objects rather than as column rows.</summary>
    internal int NodeObjects
    {
        get
        {
            writeLock.Wait();
            try { return graph.NodeObjects; }
            finally { writeLock.Release(); }
        }
    }

    /// <summary>Nodes whose adjacency exists as objects rather than as the snapshot's rows.</summary>
    internal int NodesWithAdjacencyMade
    {
        get
        {
            writeLock.Wait();
            try { return graph.NodesWithAdjacencyMade; }
            finally { writeLock.Release(); }
        }
    }

    /// <summary>The last published commit (what a reader beginning now reads).</summary>
    internal long LatestSeq => clock.Latest.Seq;

    /// <summary>Called by a committing writer once its versions are stamped: from now on new readers see them.</summary>
    internal void Publish(CommitState state) => clock.Publish(state);

    internal void EndRead(long seq) => clock.EndRead(seq);

    internal void EndWrite()
    {
        PruneIfNoReaderNeedsIt();
        writeLock.Release();
    }

    /// <summary>Versions and entries superseded at or before the oldest reader's snapshot go (the writer holds the lock).</summary>
    private void PruneIfNoReaderNeedsIt() => graph.Prune(clock.OldestReadSeq());
}
