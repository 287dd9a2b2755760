namespace RelationsGraph.Cypher.Storage.Paths;

/// <summary>
/// What one shortest-path search works in (both sides, a link buffer, the meetings), pooled: a search reuses the id
/// sets and arrays of an earlier one instead of allocating them per call. The pool keeps one per core at most, so the
/// memory kept stays bounded however many readers search at once (the others allocate and drop theirs).
/// </summary>
internal sealed class SearchScratch
{
    private static readonly SearchScratch?[] pool = new SearchScratch?[Environment.ProcessorCount];

    public SearchSide Forward { get; } = new();
    public SearchSide Backward { get; } = new();
    public PathLinks Links { get; } = new();
    public List<int> Meetings { get; } = [];

    public static SearchScratch Rent()
    {
        for (var i = 0; i < pool.Length; i++)
            if (Interlocked.Exchange(ref pool[i], null) is { } pooled) return pooled;
        return new SearchScratch();
    }

    /// <summary>Empties the scratch (only what the search touched) and puts it back for the next search.</summary>
    public void Return()
    {
        Forward.Clear();
        Backward.Clear();
        Links.Clear();
        Meetings.Clear();
        for (var i = 0; i < pool.Length; i++)
            if (Interlocked.CompareExchange(ref pool[i], this, null) is null) return;
    }
}
