namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// One direction of a node's relationships, grouped by type: a typed expand walks only its group and a
/// typed degree is a field read. Groups hold relationship ids, not references: loading a graph writes
/// into adjacency arrays all over the heap, and int writes (unlike reference writes) leave the GC's card
/// table clean, which keeps every young-generation collection from rescanning the whole graph.
/// Groups are structs and the first lives inline (most nodes have one type per direction), so a node's
/// adjacency costs this object and its id arrays, not an object and an array per group besides.
/// <para>
/// Readers walk it without locks while the one writer changes it: an add stores the id before it
/// publishes the count; a deleted relationship stays (counted in Dead) until Compact, which the writer
/// runs once no reader can still see it and which writes fresh arrays of the same length with a -1 tail.
/// Readers filter what they walk by their snapshot; ChangedSeq lets them trust a count when nothing
/// changed since their snapshot (a sequence lock: read it, read the count, read it again).
/// </para>
/// </summary>
internal sealed class Adjacency
{
    private Group first;
    private Group[] rest = [];
    private int groupCount;

    private int count;
    private long changedSeq;

    /// <summary>Ids present, dead ones included.</summary>
    public int Count => Volatile.Read(ref count);
    /// <summary>Ids present whose relationship the newest state has deleted.</summary>
    public int Dead { get; private set; }
    /// <summary>The last commit that changed this adjacency (Versions.Uncommitted while a writer is changing it).</summary>
    public long ChangedSeq { get => Volatile.Read(ref changedSeq); set => Volatile.Write(ref changedSeq, value); }

    // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(RelationshipEntity relationship)
    {
        var at = Find(relationship.Type);
        if (at < 0) at = NewGroup(relationship.Type, 2);
        At(at).Add(checked((int)relationship.Id));
        Volatile.Write(ref count, count + 1);
    }

    /// <summary>The relationship is deleted in the newest state but stays for older readers until Compact.</summary>
    public void MarkDead(RelationshipEntity relationship)
    {
        var at = Find(relationship.Type);
        if (at < 0) return;
        At(at).Dead++;
        Dead++;
    }

    /// <summary>Undoes MarkDead (a rolled-back delete).</summary>
    public void Revive(RelationshipEntity relationship)
    {
        var at = Find(relationship.Type);
        if (at < 0) return;
        At(at).Dead--;
        Dead--;
    }

    /// <summary>
    /// Removes the ids gone accepts, in order (the writer calls it when no reader can see them), and recounts
    /// the dead among those left (deleted, but an older reader may still see them).
    /// </summary>
    public void Compact(Func<int, bool> gone, Func<int, bool> dead)
    {
        var total = 0;
        var deadLeft = 0;
        for (var g = 0; g < groupCount; g++)
        {
            At(g).Compact(gone, dead);
            total += At(g).Count;
            deadLeft += At(g).Dead;
        }
        Volatile.Write(ref count, total);
        Dead = deadLeft;
    }

    /// <summary>Live relationships in the newest state: the writer's degree.</summary>
    public int LiveCountOf(string? type)
    {
        if (type is null) return Count - Dead;
        var at = Find(type);
        return at < 0 ? 0 : At(at).Count - At(at).Dead;
    }

    /// <summary>
    /// Room for count relationships of type, allocated once at the exact size: a snapshot states each group's
    /// size before its relationships arrive, so opening never grows (and copies) an array step by step.
    /// </summary>
    public void Reserve(string type, int count)
    {
        var at = Find(type);
        if (at < 0) NewGroup(type, count);
        else if (At(at).Ids.Length < count) Array.Resize(ref At(at).Ids, count);
    }

    /// <summary>The non-empty groups in order, with their sizes (what a snapshot writes ahead of the relationships).</summary>
    public IEnumerable<(string Type, int Count)> GroupSizes()
    {
        for (var g = 0; g < groupCount; g++)
            if (At(g).Count - At(g).Dead > 0) yield return (At(g).Type, At(g).Count - At(g).Dead);
    }

    /// <summary>
    /// Opening: the group of type gets ids as its array (read whole from a snapshot, in the order the
    /// group held them), so nothing is added one by one. Only on an adjacency without that group.
    /// </summary>
    public void Load(string type, int[] ids)
    {
        if (Find(type) >= 0) throw new InvalidDataException($"Two adjacency groups of type {type} for one node.");
        var at = NewGroup(type, 0);
        At(at).Ids = ids;
        At(at).Count = ids.Length;
        Volatile.Write(ref count, count + ids.Length);
    }

    /// <summary>Each group with the part of its array in use (dead and removed ids included; -1 marks removed).</summary>
    public IEnumerable<(string Type, ArraySegment<int> Ids)> Groups()
    {
        for (var g = 0; g < groupCount; g++) yield return (At(g).Type, new ArraySegment<int>(At(g).Ids, 0, At(g).Count));
    }

    /// <summary>How many groups there are (for <see cref="IdsAt"/>).</summary>
    public int GroupCount => Volatile.Read(ref groupCount);

    /// <summary>The position of the group of type, or -1 when there is none.</summary>
    public int GroupOf(string type) => Find(type);

    /// <summary>
    /// The ids of group g in place, as Enumerate reads them (count before array; dead and removed ids included, -1 marks
    /// removed): a walk by ids (a shortest-path search) filters them itself, with no object per relationship.
    /// </summary>
    public ReadOnlySpan<int> IdsAt(int g)
    {
        var length = Volatile.Read(ref At(g).Count);
        var ids = Volatile.Read(ref At(g).Ids);
        return ids.AsSpan(0, Math.Min(length, ids.Length));
    }

    public void Remove(RelationshipEntity relationship)
    {
        var at = Find(relationship.Type);
        if (at >= 0 && At(at).Remove((int)relationship.Id)) Volatile.Write(ref count, count - 1);
    }

    public int CountOf(string? type)
    {
        if (type is null) return Count;
        var at = Find(type);
        return at < 0 ? 0 : At(at).Count;
    }

    /// <summary>
    /// The relationships whose type is one of types (all when types is null or empty), resolved through the
    /// table and kept when visible at seq (Versions.Uncommitted: live in the newest state, the writer's view).
    /// </summary>
    public IEnumerable<RelationshipEntity> Enumerate(IReadOnlyList<string>? types, EntityTable<RelationshipEntity> table, long seq)
    {
        // One iterator for every group (a nested one per group costs an allocation and a call per item).
        // Positions, not refs, are kept across yields: an iterator cannot hold a ref to a struct.
        var all = types is null || types.Count == 0;
        var steps = all ? Volatile.Read(ref groupCount) : types!.Count;
        for (var step = 0; step < steps; step++)
        {
            var g = step;
            if (!all)
            {
                if (IsRepeatedType(types!, step) || (g = Find(types![step])) < 0) continue;
            }
            // Count before array: the array read after is at least that long (arrays never shrink).
            var length = Volatile.Read(ref At(g).Count);
            var ids = Volatile.Read(ref At(g).Ids);
            if (length > ids.Length) length = ids.Length;
            for (var i = 0; i < length; i++)
            {
                var id = ids[i];
                if (id < 0 || table.Get(id) is not { } relationship) continue;
                if (seq == Versions.Uncommitted ? relationship.HeadDeleted : !relationship.VisibleAt(seq)) continue;
                yield return relationship;
            }
        }
    }

    /// <summary>
    /// The relationships of type in this adjacency (of origin) whose other end is other, visible at seq as in
    /// Enumerate; null when none. A plain loop: MERGE asks this once per row, and an iterator per row was a large
    /// share of what a bulk MERGE allocated.
    /// </summary>
    public List<RelationshipEntity>? Between(string type, NodeEntity origin, NodeEntity other, EntityTable<RelationshipEntity> table, long seq)
    {
        var g = Find(type);
        if (g < 0) return null;
        var length = Volatile.Read(ref At(g).Count);
        var ids = Volatile.Read(ref At(g).Ids);
        if (length > ids.Length) length = ids.Length;
        List<RelationshipEntity>? found = null;
        for (var i = 0; i < length; i++)
        {
            var id = ids[i];
            if (id < 0 || table.Get(id) is not { } relationship) continue;
            if (seq == Versions.Uncommitted ? relationship.HeadDeleted : !relationship.VisibleAt(seq)) continue;
            // By reference: one object per node id (the node table keeps the one it made), and the other end's
            // id would be one more read across the heap for every relationship walked.
            if (ReferenceEquals(relationship.Other(origin), other)) (found ??= []).Add(relationship);
        }
        return found;
    }

    /// <summary>True when types[t] repeats an earlier entry, so a repeated type is not walked twice.</summary>
    private static bool IsRepeatedType(IReadOnlyList<string> types, int t)
    {
        for (var k = 0; k < t; k++)
            if (string.Equals(types[k], types[t], StringComparison.Ordinal)) return true;
        return false;
    }

    private ref Group At(int position) => ref position == 0 ? ref first : ref rest[position - 1];

    private int NewGroup(string type, int capacity)
    {
        if (groupCount > 0)
        {
            if (groupCount - 1 == rest.Length) Array.Resize(ref rest, rest.Length + 1);
        }
        At(groupCount) = new Group(type, capacity);
        Volatile.Write(ref groupCount, groupCount + 1);
        return groupCount - 1;
    }

    private int Find(string type)
    {
        for (var g = 0; g < Volatile.Read(ref groupCount); g++)
            if (string.Equals(At(g).Type, type, StringComparison.Ordinal)) return g;
        return -1;
    }

    private struct Group(string type, int capacity)
    {
        public readonly string Type = type;
        public int[] Ids = capacity == 0 ? [] : new int[capacity];
        public int Count;
        public int Dead;

        // Optimised at once: a bulk import runs it per row, and its first rows would otherwise run in the unoptimised first tier.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Add(int id)
        {
            if (Count == Ids.Length)
            {
                // A group past two ids usually grows well beyond four (a bulk load's ends have tens): going from two
                // straight to eight skips an array and its copy for each such group.
                var grown = new int[Ids.Length < 2 ? 2 : Ids.Length < 8 ? 8 : Ids.Length * 2];
                Array.Copy(Ids, grown, Count);
                Volatile.Write(ref Ids, grown);
            }
            Ids[Count] = id;
            Volatile.Write(ref Count, Count + 1);
        }

        public void Compact(Func<int, bool> gone, Func<int, bool> dead)
        {
            var any = false;
            for (var i = 0; i < Count && !any; i++) any = Ids[i] < 0 || gone(Ids[i]);
            if (!any) return;
            var fresh = new int[Ids.Length];
            var kept = 0;
            for (var i = 0; i < Count; i++)
                if (Ids[i] >= 0 && !gone(Ids[i])) fresh[kept++] = Ids[i];
            fresh.AsSpan(kept).Fill(-1);
            Volatile.Write(ref Ids, fresh);
            Volatile.Write(ref Count, kept);
            Dead = 0;
            for (var i = 0; i < kept; i++)
                if (dead(fresh[i])) Dead++;
        }

        /// <summary>Removes keeping order, in place: only where no reader runs (recovery at open).</summary>
        public bool Remove(int id)
        {
            var index = Array.IndexOf(Ids, id, 0, Count);
            if (index < 0) return false;
            Array.Copy(Ids, index + 1, Ids, index, Count - index - 1);
            Count--;
            return true;
        }
    }
}
