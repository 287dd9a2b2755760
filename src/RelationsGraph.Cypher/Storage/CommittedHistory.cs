namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// A value as commits left it, newest first (a version chain, like an entity's): the writer publishes a new
/// entry when a commit changes the value, and cuts the entries no open snapshot reads (below the newest one
/// at or before the low-water mark); a reader takes the newest entry at or before its snapshot, without a lock.
/// Each published value must be immutable (a fresh array, a record).
/// </summary>
internal sealed class CommittedHistory<T>(T initial)
{
    private Entry head = new(initial, 0, null);

    /// <summary>The value as of snapshot seq.</summary>
    public T At(long seq)
    {
        var entry = Volatile.Read(ref head);
        while (entry.Seq > seq && entry.Older is { } older) entry = older;
        return entry.Value;
    }

    /// <summary>How many entries are kept (the newest and those older readers may still read).</summary>
    public int Length
    {
        get
        {
            var length = 0;
            for (var entry = Volatile.Read(ref head); entry is not null; entry = entry.Older) length++;
            return length;
        }
    }

    /// <summary>Makes value the one readers at seq and later see (only the writer calls it).</summary>
    public void Publish(T value, long seq, long watermark)
    {
        var next = new Entry(value, seq, Volatile.Read(ref head));
        Cut(next, watermark);
        Volatile.Write(ref head, next);
    }

    /// <summary>Lets go of the values no reader at or after watermark reads (a dropped index's memory, say); only the writer calls it.</summary>
    public void Trim(long watermark) => Cut(Volatile.Read(ref head), watermark);

    /// <summary>Starts the history over with one value for every snapshot (opening, before any reader).</summary>
    public void Reset(T value) => Volatile.Write(ref head, new Entry(value, 0, null));

    // Readers read at or after watermark: nothing below the newest entry at or before it is read again.
    private static void Cut(Entry newest, long watermark)
    {
        var kept = newest;
        while (kept.Seq > watermark && kept.Older is not null) kept = kept.Older;
        kept.Older = null;
    }

    private sealed class Entry(T value, long seq, Entry? older)
    {
        public T Value { get; } = value;
        public long Seq { get; } = seq;
        public Entry? Older { get; set; } = older;
    }
}
