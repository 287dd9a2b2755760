namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// A reader: reads the graph as the last commit before it began left it, for its whole life, and takes no
/// lock (a writer may commit meanwhile; the reader does not see it). Its snapshot is ambient on the flow
/// that began it, so entity accessors answer as of the snapshot too.
/// </summary>
internal sealed class ReadTransaction : GraphView, IReadTransaction
{
    private readonly GraphStore store;
    private readonly ReadSnapshot ambient;
    private readonly ReadSnapshot? replaced;
    private bool disposed;

    public ReadTransaction(GraphStore store, GraphData graph, CommitState snapshot) : base(graph, copyEnumerations: false, snapshot)
    {
        this.store = store;
        ambient = new ReadSnapshot(snapshot.Seq);
        replaced = ReadSnapshot.Enter(ambient);
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        ambient.Exit(replaced);
        store.EndRead(Snapshot!.Seq);
    }

    /// <summary>The published commit this reader reads at: one object per commit, shared by its readers.</summary>
    public object? SnapshotIdentity => Snapshot;

    protected override void EnsureOpen() => ObjectDisposedException.ThrowIf(disposed, this);
}
