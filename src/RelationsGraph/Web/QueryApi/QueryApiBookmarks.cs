namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// Bookmarks for read-your-writes: each write committed through the Query API advances a counter,
/// and a bookmark names a point on it. One process holds the whole store, so a bookmark this server
/// issued is always reached already; one it did not issue (or from its future) is refused, as Neo4j does.
/// </summary>
internal sealed class QueryApiBookmarks
{
    private const string Prefix = "rg:";
    // Distinguishes this process's bookmarks from an earlier run's, whose counters started afresh.
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..8];
    private long _commits;

    public string Current => $"{Prefix}{_epoch}:{Interlocked.Read(ref _commits)}";

    public string AfterWrite() => $"{Prefix}{_epoch}:{Interlocked.Increment(ref _commits)}";

    public void Check(IReadOnlyList<string> bookmarks)
    {
        foreach (var bookmark in bookmarks)
        {
            var parts = bookmark.Split(':');
            var wellFormed = parts.Length == 3 && parts[0] + ":" == Prefix && long.TryParse(parts[2], out _);
            // A bookmark of an earlier run of this server names a state the store on disk already holds.
            var reached = wellFormed && (parts[1] != _epoch || long.Parse(parts[2]) <= Interlocked.Read(ref _commits));
            if (!reached)
                throw new QueryApiError(StatusCodes.Status400BadRequest, "Neo.ClientError.Transaction.InvalidBookmark",
                    $"Supplied bookmark '{bookmark}' is not one this server issued or names a state it never reached.");
        }
    }
}
