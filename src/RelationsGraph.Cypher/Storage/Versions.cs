namespace RelationsGraph.Cypher.Storage;

/// <summary>The commit sequence's special values (ordinary ones are transaction ids, 0 for what was loaded at open).</summary>
internal static class Versions
{
    /// <summary>Stamp of a change its writer has not committed yet: later than every snapshot.</summary>
    public const long Uncommitted = long.MaxValue;
    /// <summary>DeletedSeq of an entity no commit has deleted.</summary>
    public const long Alive = long.MaxValue;
}

/// <summary>
/// The snapshot a read transaction reads at, made ambient for the flow it runs on (AsyncLocal), so that
/// entity accessors (Properties, Labels, IsDeleted) answer as of it without a reader in hand. No ambient
/// snapshot, or a closed one, means the newest state: what a writer and code outside transactions see.
/// </summary>
internal sealed class ReadSnapshot(long seq)
{
    private static readonly AsyncLocal<ReadSnapshot?> current = new();

    public long Seq { get; } = seq;
    public bool Closed { get; private set; }

    /// <summary>The snapshot sequence the current flow reads at, or null for the newest state.</summary>
    public static long? CurrentSeq() =>
        current.Value is { Closed: false, Seq: var seq } && seq != Versions.Uncommitted ? seq : null;

    /// <summary>The writer's marker: inside its flow entities answer with the newest state even under an outer reader.</summary>
    public static ReadSnapshot ForWriter() => new(Versions.Uncommitted);

    /// <summary>Makes snapshot ambient; returns what it replaces, for Exit.</summary>
    public static ReadSnapshot? Enter(ReadSnapshot snapshot)
    {
        var previous = current.Value;
        current.Value = snapshot;
        return previous;
    }

    /// <summary>Ends this snapshot and, when the flow still has it ambient, puts back what it replaced.</summary>
    public void Exit(ReadSnapshot? previous)
    {
        Closed = true;
        if (ReferenceEquals(current.Value, this)) current.Value = previous;
    }
}

/// <summary>
/// A count as commits left it, newest first: a reader takes the newest entry at or before its snapshot.
/// The history reaches back to the oldest snapshot still read (the low-water mark, as every MVCC version
/// does), so a reader however far behind answers from it and never counts.
/// </summary>
internal sealed class CountAt(long count, long seq, CountAt? older = null)
{
    public long Count { get; } = count;
    public long Seq { get; } = seq;
    public CountAt? Older { get; private set; } = older;

    /// <summary>The count as of snapshot seq, or null when the history kept does not reach back that far.</summary>
    public long? At(long snapshot)
    {
        for (var entry = this; entry is not null; entry = entry.Older)
            if (entry.Seq <= snapshot) return entry.Count;
        return null;
    }

    /// <summary>
    /// The next entry in front of previous (null: nothing counted before, so 0), with the history cut below
    /// the newest entry at or before watermark, the oldest snapshot any reader reads at (only the writer calls it).
    /// </summary>
    public static CountAt Next(long count, long seq, CountAt? previous, long watermark)
    {
        var next = new CountAt(count, seq, previous ?? new CountAt(0, 0));
        var entry = next;
        while (entry.Seq > watermark && entry.Older is not null) entry = entry.Older;
        entry.Older = null;
        return next;
    }
}

/// <summary>What the last commit left: its sequence and the totals a reader at it answers without counting.</summary>
internal sealed record CommitState(long Seq, long NodeCount, long RelationshipCount);

/// <summary>
/// The published commit and the snapshots in use. Readers register here (a brief lock that no writer holds
/// while it works) so that the writer knows when old versions are no longer needed (pruning).
/// </summary>
internal sealed class SnapshotClock
{
    // A Lock, not a plain object: every read statement takes it twice, and Monitor's path for an object whose header
    // was once inflated showed as 7% of a unique lookup.
    private readonly Lock sync = new();
    private readonly SortedDictionary<long, int> readersAt = new();
    private CommitState latest = new(0, 0, 0);

    public CommitState Latest => Volatile.Read(ref latest);

    public CommitState BeginRead()
    {
        lock (sync)
        {
            var state = Latest;
            readersAt[state.Seq] = readersAt.GetValueOrDefault(state.Seq) + 1;
            return state;
        }
    }

    public void EndRead(long seq)
    {
        lock (sync)
        {
            if (readersAt[seq] == 1) readersAt.Remove(seq);
            else readersAt[seq]--;
        }
    }

    /// <summary>Called by the writer once the commit's versions are stamped: from now on new readers see it.</summary>
    public void Publish(CommitState state) => Volatile.Write(ref latest, state);

    /// <summary>The oldest snapshot any reader reads at (the latest commit when none reads): what is older and superseded may go.</summary>
    public long OldestReadSeq()
    {
        lock (sync)
        {
            foreach (var (seq, _) in readersAt) return Math.Min(seq, Latest.Seq);
            return Latest.Seq;
        }
    }
}
