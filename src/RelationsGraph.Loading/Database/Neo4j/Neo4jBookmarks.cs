namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// Causal consistency for one adapter: the bookmarks of the last commit are sent with every later
/// request, so a read on Aura or a cluster waits until it can see the ingest just committed.
/// </summary>
internal sealed class Neo4jBookmarks
{
    private readonly object _sync = new();
    private IReadOnlyList<string> _latest = [];

    public IReadOnlyList<string> Current
    {
        get { lock (_sync) return _latest; }
    }

    /// <summary>Neo4j's bookmark after a commit supersedes the ones the request was sent with.</summary>
    public void Advance(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0) return;
        lock (_sync) _latest = bookmarks;
    }
}
