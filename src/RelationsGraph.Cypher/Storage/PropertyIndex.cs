using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// (label, keys) → value → nodes, for an index or a unique constraint. A node is indexed only when it has
/// the label and every key. Single-key indexes key on the value itself, composite ones on an object?[] tuple.
/// Keys compare with Cypher equivalence (1 and 1.0 are one key).
/// <para>
/// Multi-version: readers seek without locks while the writer changes it, so an entry leaves only when
/// no reader can still need it (Prune); until then a seek may return nodes whose state no longer matches,
/// and every caller re-checks candidates against the state it reads (the head for the writer, its snapshot
/// for a reader).
/// </para>
/// </summary>
internal sealed class PropertyIndex
{
    // Per key its sole node, or a SharedBucket once a second node arrives: in a unique index (and most others)
    // a key has one node, and a bucket object with its array for each would triple the index's size.
    // A node loaded from a snapshot and not yet made is its id (a boxed int), made from the node table when sought.
    private readonly IndexEntries buckets = new();
    // Keys whose buckets may hold nodes that no longer belong there, with the commit of the latest departure (writer only).
    private readonly Dictionary<object, long> staleKeys = new(CypherEquivalence.Instance);
    // Keys the open transaction made stale, to stamp with its commit.
    private readonly List<object> staleInTransaction = [];

    // The entries a snapshot stored as sorted integer blocks (opening reads them instead of filling buckets),
    // if it did; never changed: what the writer adds since goes to buckets, and a listed node is never added twice.
    private IntegerIndexEntries? loaded;

    private readonly EntityTable<NodeEntity>? table;

    /// <summary>table: the node table that ids loaded into the index (LoadIds) are made from.</summary>
    public PropertyIndex(string label, IReadOnlyList<string> keys, bool unique, EntityTable<NodeEntity>? table = null)
    {
        Label = label; Keys = keys.ToArray(); IsUnique = unique;
        this.table = table;
    }

    public string Label { get; }
    public IReadOnlyList<string> Keys { get; }
    public bool IsUnique { get; }
    /// <summary>The commit that created the index: readers at older snapshots must not trust it.</summary>
    public long CreatedSeq { get; set; }

    public bool Covers(string label, IReadOnlyList<string> keys) =>
        Label == label && Keys.SequenceEqual(keys, StringComparer.Ordinal);

    /// <summary>Covers(label, [key]) without building the list.</summary>
    public bool CoversSingle(string label, string key) =>
        Keys.Count == 1 && string.Equals(Label, label, StringComparison.Ordinal) && string.Equals(Keys[0], key, StringComparison.Ordinal);

    public bool Mentions(string key) => Keys.Contains(key, StringComparer.Ordinal);

    /// <summary>The node's key for this index in the newest state, or null when the node is not indexed here.</summary>
    public object? KeyOf(NodeEntity node) => !node.HeadDeleted && node.LabelSet.Contains(Label) ? KeyOf(node.HeadProperties) : null;

    /// <summary>The key these properties would have, or null when one is missing.</summary>
    public object? KeyOf(IReadOnlyDictionary<string, object?> properties) => KeyOf(properties, null, null);

    /// <summary>The key the properties would have with key changedKey set to changedValue (null: removed).</summary>
    public object? KeyOf(IReadOnlyDictionary<string, object?> properties, string? changedKey, object? changedValue)
    {
        if (Keys.Count == 1) return Value(Keys[0]);
        var tuple = new object?[Keys.Count];
        for (var i = 0; i < tuple.Length; i++)
            if ((tuple[i] = Value(Keys[i])) is null) return null;
        return tuple;

        object? Value(string key) => key == changedKey ? changedValue : properties.GetValueOrDefault(key);
    }

    /// <summary>Candidates for key: callers re-check each against the state they read.</summary>
    public IEnumerable<NodeEntity> Seek(object key)
    {
        var listed = LoadedHolders(key);
        if (!buckets.TryGetValue(key, out var entry)) return listed;
        IEnumerable<NodeEntity> written = Sole(entry) is { } sole ? [sole] : entry is SharedBucket bucket ? bucket.Snapshot() : [];
        return listed.Length == 0 ? written : listed.Concat(written);
    }

    /// <summary>
    /// Seek's candidates for key when there is at most one (a unique key's usual answer): true with that node, or null
    /// when there is none; false when there are more (then ask Seek). Callers re-check the candidate as Seek's.
    /// </summary>
    public bool TrySoleCandidate(object key, out NodeEntity? candidate)
    {
        candidate = null;
        ReadOnlySpan<int> listed = loaded is not null && IntegerIndexEntries.TryInteger(key, out var integer) ? loaded.Holders(integer) : default;
        var written = buckets.TryGetValue(key, out var entry);
        if (listed.Length + (written ? 1 : 0) > 1 || entry is SharedBucket) return false;
        candidate = listed.Length == 1 ? table!.Get(listed[0]) : written ? Sole(entry!) : null;
        return true;
    }

    /// <summary>The nodes the snapshot listed under key that still exist (made from their ids).</summary>
    private NodeEntity[] LoadedHolders(object key)
    {
        if (loaded is null || !IntegerIndexEntries.TryInteger(key, out var integer)) return [];
        var ids = loaded.Holders(integer);
        if (ids.Length == 0) return [];
        var nodes = new List<NodeEntity>(ids.Length);
        foreach (var id in ids)
            if (table!.Get(id) is { } node) nodes.Add(node);
        return [.. nodes];
    }

    /// <summary>Opening a snapshot that stored this index's entries as integer blocks: they become its base, read in place.</summary>
    public void LoadIntegerEntries(IntegerIndexEntries entries)
    {
        if (!buckets.IsEmpty || loaded is not null || table is null || Keys.Count != 1) throw new InvalidOperationException("Only an empty single-key index over a node table takes stored entries.");
        loaded = entries;
    }

    /// <summary>The entry's node when it holds one alone (made from its id if it is one), else null.</summary>
    private NodeEntity? Sole(object entry) => entry switch
    {
        NodeEntity node => node,
        int id => table!.Get(id),
        _ => null,
    };

    /// <summary>The nodes holding key in the newest state.</summary>
    public IEnumerable<NodeEntity> SeekHead(object key) =>
        Seek(key).Where(node => KeyOf(node) is { } held && CypherEquivalence.Instance.Equals(held, key));

    /// <summary>
    /// SeekHead copied out, for the writer (which may change the graph while it walks the result). A bulk
    /// load seeks once or twice per row, so this is a plain loop into an array of the hits (usually one).
    /// </summary>
    public NodeEntity[] SeekHeadCopy(object key)
    {
        var many = SeekHeadCopy(key, out var lone);
        return lone is null ? many : [lone];
    }

    /// <summary>SeekHeadCopy with a lone hit (the usual answer) handed back as lone, with an empty array, so no array is made for it.</summary>
    public NodeEntity[] SeekHeadCopy(object key, out NodeEntity? lone)
    {
        lone = null;
        // A listed node may have left the key since the snapshot (listings are never changed): check them all.
        if (loaded is not null && IntegerIndexEntries.TryInteger(key, out var integer) && loaded.Holders(integer).Length > 0) return [.. SeekHead(key)];
        if (!buckets.TryGetValue(key, out var entry)) return [];
        var stale = staleKeys.Count > 0 && staleKeys.ContainsKey(key);
        if (entry is not SharedBucket bucket)
        {
            if (Sole(entry) is { } sole && (!stale || (KeyOf(sole) is { } soleKey && CypherEquivalence.Instance.Equals(soleKey, key))))
                lone = sole;
            return [];
        }
        if (bucket.HasCold) return [.. SeekHead(key)];
        if (!stale)
        {
            // No node has left this key since its bucket was last pruned (every departure marks the key
            // stale), so every item holds it in the newest state: copy without reading each node again.
            var items = bucket.Items;
            if (items.Length == 1 && items[0] is { } only)
            {
                lone = only;
                return [];
            }
            var holders = new List<NodeEntity>(items.Length);
            foreach (var item in items)
                if (item is not null) holders.Add(item);
            return [.. holders];
        }
        NodeEntity? first = null;
        List<NodeEntity>? more = null;
        foreach (var node in bucket.Items)
        {
            if (node is null || KeyOf(node) is not { } held || !CypherEquivalence.Instance.Equals(held, key)) continue;
            if (first is null) first = node;
            else (more ??= [first]).Add(node);
        }
        return more is not null ? [.. more] : first is null ? [] : [first];
    }

    /// <summary>
    /// SeekHeadCopy of an integer key, unboxed: a key with one fresh entry (each key of a unique index being loaded)
    /// is answered from the integer map alone; a key the snapshot listed, a shared bucket or any stale key takes the
    /// general path with the key boxed.
    /// </summary>
    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public NodeEntity[] SeekHeadCopy(long key, out NodeEntity? lone)
    {
        lone = null;
        if ((loaded is not null && loaded.Holders(key).Length > 0) || staleKeys.Count > 0) return SeekHeadCopy((object)key, out lone);
        if (!buckets.TryGetInteger(key, out var entry)) return [];
        if (entry is SharedBucket) return SeekHeadCopy((object)key, out lone);
        lone = Sole(entry);
        return [];
    }

    /// <summary>Another node already holding key in the newest state, if any (the unique-constraint check).</summary>
    public NodeEntity? Holder(object key, NodeEntity? except)
    {
        // A plain loop over the writer's seek: every node created under a unique constraint asks this.
        var holders = SeekHeadCopy(key, out var lone);
        if (lone is not null) return ReferenceEquals(lone, except) ? null : lone;
        foreach (var node in holders)
            if (!ReferenceEquals(node, except)) return node;
        return null;
    }

    /// <summary>
    /// Room for count keys, on an empty index before any reader (opening a snapshot): a concurrent dictionary
    /// that grows step by step rebuilds every entry at each step.
    /// </summary>
    public void Reserve(int count) => buckets.Reserve(count);

    public void Add(object key, NodeEntity node)
    {
        // Only the writer adds; a reader sees the sole node or the bucket that holds it and the new one.
        if (loaded is not null && IntegerIndexEntries.TryInteger(key, out var integer) && loaded.Lists(integer, node.Id)) return;
        if (!buckets.TryGetValue(key, out var entry)) buckets[key] = node;
        else if (entry is SharedBucket bucket) bucket.Add(node);
        else if (entry is int id && id == node.Id) buckets[key] = node;
        else if (!ReferenceEquals(entry, node))
        {
            var grown = new SharedBucket();
            if (Sole(entry) is { } sole) grown.Add(sole);
            grown.Add(node);
            buckets[key] = grown;
        }
    }

    /// <summary>
    /// Opening a snapshot: fills the empty index from loaded nodes' ids and keys without making the nodes
    /// (ids in increasing order; a key held by several becomes a bucket of ids).
    /// </summary>
    public void LoadIds(IEnumerable<(int Id, object Key)> entries)
    {
        Dictionary<object, List<int>>? shared = null;
        foreach (var (id, key) in entries)
        {
            if (!buckets.TryGetValue(key, out var entry)) buckets[key] = id;
            else
            {
                shared ??= new(CypherEquivalence.Instance);
                if (!shared.TryGetValue(key, out var ids)) shared[key] = ids = [(int)entry];
                ids.Add(id);
            }
        }
        foreach (var (key, ids) in shared ?? []) buckets[key] = new SharedBucket([.. ids], table!);
    }

    /// <summary>Notes that node may have left key's bucket (at seq; Versions.Uncommitted inside a transaction); Prune drops it once no reader needs it.</summary>
    public void Remove(object key, NodeEntity node, long seq)
    {
        staleKeys[key] = seq;
        if (seq == Versions.Uncommitted) staleInTransaction.Add(key);
    }

    public void Add(NodeEntity node)
    {
        if (KeyOf(node) is { } key) Add(key, node);
    }

    public void Remove(NodeEntity node, long seq)
    {
        if (KeyOf(node) is { } key) Remove(key, node, seq);
    }

    /// <summary>Stamps the keys the transaction made stale with its commit (or, rolled back, the last one).</summary>
    public void StampStale(long seq)
    {
        foreach (var key in staleInTransaction)
            if (staleKeys.TryGetValue(key, out var at) && at == Versions.Uncommitted) staleKeys[key] = seq;
        staleInTransaction.Clear();
    }

    public bool HasStaleKeys => staleKeys.Count > 0;
    public int StaleKeyCount => staleKeys.Count;

    /// <summary>Drops entries the newest state no longer holds from keys whose latest departure is at or before watermark (the oldest snapshot read).</summary>
    public void Prune(long watermark)
    {
        foreach (var (key, seq) in staleKeys.ToList())
        {
            if (seq > watermark) continue;
            staleKeys.Remove(key);
            if (!buckets.TryGetValue(key, out var entry)) continue;
            if (entry is int id && table!.IsUnmadeRow(id)) continue; // unchanged since loaded: still holds the key
            if (entry is not SharedBucket bucket)
            {
                if (Sole(entry) is not { } sole || !Holds(sole, key)) buckets.TryRemove(key, out _);
                continue;
            }
            bucket.Compact(node => Holds(node, key));
            if (bucket.Length == 0) buckets.TryRemove(key, out _);
        }
    }

    private bool Holds(NodeEntity node, object key) => KeyOf(node) is { } held && CypherEquivalence.Instance.Equals(held, key);
}
