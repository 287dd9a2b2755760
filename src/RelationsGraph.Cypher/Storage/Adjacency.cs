namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// One direction of a node's relationships, grouped by type: a typed expand walks only its group and a
/// typed degree is a field read. Groups hold relationship ids, not references: loading a graph writes
/// into adjacency arrays all over the heap, and int writes (unlike reference writes) leave the GC's card
/// table clean, which keeps every young-generation collection from rescanning the whole graph.
/// Groups are structs and the first lives inline (most nodes have one type per direction), so a node's
/// adjacency costs this object and its id arrays, not an object and an array per group besides.
/// </summary>
internal sealed class Adjacency
{
    private Group first;
    private Group[] rest = [];
    private int groupCount;

    public int Count { get; private set; }

    public void Add(RelationshipEntity relationship)
    {
        var at = Find(relationship.Type);
        if (at < 0) at = NewGroup(relationship.Type, 2);
        At(at).Add(checked((int)relationship.Id));
        Count++;
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
            if (At(g).Count > 0) yield return (At(g).Type, At(g).Count);
    }

    public void Remove(RelationshipEntity relationship)
    {
        var at = Find(relationship.Type);
        if (at >= 0 && At(at).Remove((int)relationship.Id)) Count--;
    }

    public int CountOf(string? type)
    {
        if (type is null) return Count;
        var at = Find(type);
        return at < 0 ? 0 : At(at).Count;
    }

    /// <summary>The relationships whose type is one of types (all when types is null or empty), resolved through the table.</summary>
    public IEnumerable<RelationshipEntity> Enumerate(IReadOnlyList<string>? types, EntityTable<RelationshipEntity> table)
    {
        // Positions, not refs, are kept across yields: an iterator cannot hold a ref to a struct.
        if (types is null || types.Count == 0)
        {
            for (var g = 0; g < groupCount; g++)
                for (var i = 0; i < At(g).Count; i++) yield return table.Get(At(g).Ids[i])!;
            yield break;
        }
        for (var t = 0; t < types.Count; t++)
        {
            if (IsRepeatedType(types, t)) continue;
            var g = Find(types[t]);
            if (g < 0) continue;
            for (var i = 0; i < At(g).Count; i++) yield return table.Get(At(g).Ids[i])!;
        }
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
        return groupCount++;
    }

    private int Find(string type)
    {
        for (var g = 0; g < groupCount; g++)
            if (string.Equals(At(g).Type, type, StringComparison.Ordinal)) return g;
        return -1;
    }

    private struct Group(string type, int capacity)
    {
        public readonly string Type = type;
        public int[] Ids = capacity == 0 ? [] : new int[capacity];
        public int Count;

        public void Add(int id)
        {
            if (Count == Ids.Length) Array.Resize(ref Ids, Math.Max(2, Ids.Length * 2));
            Ids[Count++] = id;
        }

        /// <summary>Removes keeping order, so enumeration order stays the creation order.</summary>
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
