namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// A set of nodes that one writer changes while readers walk it without locks (single-writer,
/// append-only publication): an add stores the item before it publishes the new count; removal is left to
/// Compact, which the writer calls once no reader can still need the dropped items, and which writes a
/// fresh array of the same length (arrays never shrink), so a reader holding the old count never reads
/// past the end and skips the null tail. Readers filter what they walk by their snapshot.
/// <para>
/// A bucket filled from a snapshot keeps those members as sorted ids (cold) and makes each node only when a
/// reader walks it; members added since are objects. The two parts never share a node, so each is
/// compacted on its own and a reader that reads one part before and the other after a Compact sees no double.
/// </para>
/// </summary>
internal sealed class SharedBucket
{
    private NodeEntity?[] items = new NodeEntity?[2];
    private int count;
    private int[] coldIds = [];
    private readonly EntityTable<NodeEntity>? table;

    public SharedBucket()
    {
    }

    /// <summary>A bucket of nodes loaded from a snapshot, held as ids in increasing order, made from the node table when walked.</summary>
    public SharedBucket(int[] sortedIds, EntityTable<NodeEntity> table)
    {
        coldIds = sortedIds;
        this.table = table;
    }

    /// <summary>Whether some members are still ids (then Items holds only the others: walk Snapshot).</summary>
    public bool HasCold => Volatile.Read(ref coldIds).Length > 0;
    // The writer's membership test, made when first needed; a short bucket (most index keys) scans its array instead.
    private HashSet<NodeEntity>? members;

    /// <summary>Members in the newest state (kept by the writer).</summary>
    public int Live;
    /// <summary>Live as of the last commit that changed it, for readers at or after that commit.</summary>
    public CountAt? Committed;
    /// <summary>Items present that the newest state no longer holds, waiting for Compact.</summary>
    public bool HasGarbage;

    public int Length => Volatile.Read(ref count) + Volatile.Read(ref coldIds).Length;

    /// <summary>Adds node unless present; fresh: the caller knows it cannot be (a node just created or loaded), so no check.</summary>
    public void Add(NodeEntity node, bool fresh = false)
    {
        if (!fresh && Contains(node)) return;
        var at = count;
        if (at == items.Length)
        {
            var grown = new NodeEntity?[at * 2];
            Array.Copy(items, grown, at);
            Volatile.Write(ref items, grown);
        }
        items[at] = node;
        Volatile.Write(ref count, at + 1);
        members?.Add(node);
    }

    /// <summary>Every item present (some may be dead for the caller's view: filter them).</summary>
    public IEnumerable<NodeEntity> Snapshot()
    {
        foreach (var id in Volatile.Read(ref coldIds))
            if (table!.Get(id) is { } made) yield return made;
        var length = Volatile.Read(ref count);
        var array = Volatile.Read(ref items);
        length = Math.Min(length, array.Length);
        for (var i = 0; i < length; i++)
            if (array[i] is { } node) yield return node;
    }

    /// <summary>The members loaded from a snapshot as ids (some may be gone or made since: resolve them through the node table).</summary>
    public int[] ColdIds => Volatile.Read(ref coldIds);

    /// <summary>The members added as objects (the part Snapshot walks after the cold ids).</summary>
    public IEnumerable<NodeEntity> MadeItems()
    {
        var length = Volatile.Read(ref count);
        var array = Volatile.Read(ref items);
        length = Math.Min(length, array.Length);
        for (var i = 0; i < length; i++)
            if (array[i] is { } node) yield return node;
    }

    /// <summary>The items present as objects as one span (nulls are dropped items; filter as Snapshot's callers do), for loops that must not allocate; the cold ids are not in it (see HasCold).</summary>
    public ReadOnlySpan<NodeEntity?> Items
    {
        get
        {
            var length = Volatile.Read(ref count);
            var array = Volatile.Read(ref items);
            return array.AsSpan(0, Math.Min(length, array.Length));
        }
    }

    /// <summary>Keeps the items keep accepts, in order; the writer calls it when no reader needs the others.</summary>
    public void Compact(Func<NodeEntity, bool> keep)
    {
        if (coldIds.Length > 0)
        {
            // A row never made is unchanged since the snapshot (every change goes through an object), so it stays
            // without being made; only the nodes made since are judged.
            var keptIds = coldIds.Where(id => table!.Peek(id) is { } made ? keep(made) : table.IsUnmadeRow(id)).ToArray();
            Volatile.Write(ref coldIds, keptIds);
        }
        var fresh = new NodeEntity?[items.Length];
        var kept = 0;
        for (var i = 0; i < count; i++)
            if (items[i] is { } node && keep(node)) fresh[kept++] = node;
        Volatile.Write(ref items, fresh);
        Volatile.Write(ref count, kept);
        members = null;
        HasGarbage = false;
    }

    private bool Contains(NodeEntity node)
    {
        if (coldIds.Length > 0 && node.Id <= int.MaxValue && Array.BinarySearch(coldIds, (int)node.Id) >= 0) return true;
        // Built on the first check of a long bucket, not while loading (a label of a million nodes is loaded without one).
        if (members is null && count > 8)
        {
            members = new HashSet<NodeEntity>(ReferenceEqualityComparer.Instance);
            foreach (var item in Items) if (item is not null) members.Add(item);
        }
        if (members is not null) return members.Contains(node);
        for (var i = 0; i < count; i++)
            if (ReferenceEquals(items[i], node)) return true;
        return false;
    }
}
