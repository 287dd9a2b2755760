namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// One direction of a node's relationships, grouped by type: a typed expand walks only its group and a
/// typed degree is a field read. Groups hold relationship ids, not references: loading a graph writes
/// into adjacency arrays all over the heap, and int writes (unlike reference writes) leave the GC's card
/// table clean, which keeps every young-generation collection from rescanning the whole graph.
/// </summary>
internal sealed class Adjacency
{
    private Group[] groups = [];

    public int Count { get; private set; }

    public void Add(RelationshipEntity relationship)
    {
        var group = Find(relationship.Type) ?? NewGroup(relationship.Type, 2);
        group.Add(checked((int)relationship.Id));
        Count++;
    }

    /// <summary>
    /// Room for count relationships of type, allocated once at the exact size: a snapshot states each group's
    /// size before its relationships arrive, so opening never grows (and copies) an array step by step.
    /// </summary>
    public void Reserve(string type, int count)
    {
        var group = Find(type);
        if (group is null) NewGroup(type, count);
        else if (group.Ids.Length < count) Array.Resize(ref group.Ids, count);
    }

    /// <summary>The non-empty groups in order, with their sizes (what a snapshot writes ahead of the relationships).</summary>
    public IEnumerable<(string Type, int Count)> GroupSizes()
    {
        foreach (var group in groups)
            if (group.Count > 0) yield return (group.Type, group.Count);
    }

    public void Remove(RelationshipEntity relationship)
    {
        if (Find(relationship.Type)?.Remove((int)relationship.Id) == true) Count--;
    }

    public int CountOf(string? type) => type is null ? Count : Find(type)?.Count ?? 0;

    /// <summary>The relationships whose type is one of types (all when types is null or empty), resolved through the table.</summary>
    public IEnumerable<RelationshipEntity> Enumerate(IReadOnlyList<string>? types, EntityTable<RelationshipEntity> table)
    {
        if (types is null || types.Count == 0)
        {
            foreach (var group in groups)
                for (var i = 0; i < group.Count; i++) yield return table.Get(group.Ids[i])!;
            yield break;
        }
        for (var t = 0; t < types.Count; t++)
        {
            if (IsRepeatedType(types, t)) continue;
            var group = Find(types[t]);
            if (group is null) continue;
            for (var i = 0; i < group.Count; i++) yield return table.Get(group.Ids[i])!;
        }
    }

    /// <summary>True when types[t] repeats an earlier entry, so a repeated type is not walked twice.</summary>
    private static bool IsRepeatedType(IReadOnlyList<string> types, int t)
    {
        for (var k = 0; k < t; k++)
            if (string.Equals(types[k], types[t], StringComparison.Ordinal)) return true;
        return false;
    }

    private Group NewGroup(string type, int capacity)
    {
        var group = new Group(type, capacity);
        Array.Resize(ref groups, groups.Length + 1);
        groups[^1] = group;
        return group;
    }

    private Group? Find(string type)
    {
        foreach (var group in groups)
            if (string.Equals(group.Type, type, StringComparison.Ordinal)) return group;
        return null;
    }

    private sealed class Group(string type, int capacity)
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
