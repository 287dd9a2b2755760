namespace RelationsGraph.Cypher.Storage;

/// <summary>A reader: holds the store's shared gate until disposed, so no write applies while it reads.</summary>
internal sealed class ReadTransaction(GraphStore store, GraphData graph) : GraphView(graph, copyEnumerations: false), IReadTransaction
{
    private bool disposed;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        store.EndRead();
    }

    protected override void EnsureOpen() => ObjectDisposedException.ThrowIf(disposed, this);
}
