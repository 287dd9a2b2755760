namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// One direction of every node's adjacency as a snapshot holds it, in compressed sparse rows: the groups of
/// node n are GroupStart[n] up to GroupStart[n + 1], and the ids of group g are Ids[IdStart[g]] up to
/// Ids[IdStart[g + 1]]. A node loaded from the snapshot makes its <see cref="Adjacency"/> from its rows the
/// first time it is walked or changed, so nodes nobody touches carry no adjacency objects at all.
/// </summary>
internal sealed class AdjacencyRows(string[] typeNames, int[] groupStart, int[] groupTypes, int[] idStart, int[] ids)
{
    /// <summary>The node's groups, in the order it held them, each as a slice of the shared id block.</summary>
    public IEnumerable<(string Type, ArraySegment<int> Ids)> Groups(long nodeId)
    {
        if (nodeId + 1 >= groupStart.Length) yield break;
        for (var g = groupStart[nodeId]; g < groupStart[nodeId + 1]; g++)
            yield return (typeNames[groupTypes[g]], new ArraySegment<int>(ids, idStart[g], idStart[g + 1] - idStart[g]));
    }

    /// <summary>The node's groups as positions First up to End (for TypeAt and IdsAt): a walk by ids reads the rows in place through them.</summary>
    public (int First, int End) GroupsOf(long nodeId) =>
        nodeId + 1 >= groupStart.Length ? (0, 0) : (groupStart[nodeId], groupStart[nodeId + 1]);

    public string TypeAt(int g) => typeNames[groupTypes[g]];

    public ReadOnlySpan<int> IdsAt(int g) => ids.AsSpan(idStart[g], idStart[g + 1] - idStart[g]);

    /// <summary>The node's relationships of the type (any type when null) in these rows: its stored degree, read without making its adjacency.</summary>
    public int CountOf(long nodeId, string? type)
    {
        if (nodeId + 1 >= groupStart.Length) return 0;
        var total = 0;
        for (var g = groupStart[nodeId]; g < groupStart[nodeId + 1]; g++)
            if (type is null || string.Equals(typeNames[groupTypes[g]], type, StringComparison.Ordinal)) total += idStart[g + 1] - idStart[g];
        return total;
    }

    /// <summary>
    /// The node's relationships of the types (all when null or empty) read from these rows in place, in the order its
    /// made adjacency would give them (Adjacency.Enumerate), resolved through the table and kept when visible at seq.
    /// </summary>
    public IEnumerable<RelationshipEntity> Enumerate(long nodeId, IReadOnlyList<string>? types, EntityTable<RelationshipEntity> table, long seq)
    {
        if (nodeId + 1 >= groupStart.Length) yield break;
        var (first, end) = (groupStart[nodeId], groupStart[nodeId + 1]);
        var all = types is null || types.Count == 0;
        var steps = all ? end - first : types!.Count;
        for (var step = 0; step < steps; step++)
        {
            var g = all ? first + step : GroupOf(first, end, types![step], types, step);
            if (g < 0) continue;
            for (var i = idStart[g]; i < idStart[g + 1]; i++)
            {
                if (table.Get(ids[i]) is not { } relationship) continue;
                if (seq == Versions.Uncommitted ? relationship.HeadDeleted : !relationship.VisibleAt(seq)) continue;
                yield return relationship;
            }
        }
    }

    // The group of type among first..end, or -1 (also when an earlier step asked for the same type, so it is walked once).
    private int GroupOf(int first, int end, string type, IReadOnlyList<string> types, int step)
    {
        for (var k = 0; k < step; k++)
            if (string.Equals(types[k], type, StringComparison.Ordinal)) return -1;
        for (var g = first; g < end; g++)
            if (string.Equals(typeNames[groupTypes[g]], type, StringComparison.Ordinal)) return g;
        return -1;
    }

    /// <summary>A new adjacency holding the node's groups (each copied into its own array: the writer grows them in place).</summary>
    public Adjacency Make(long nodeId)
    {
        var adjacency = new Adjacency();
        foreach (var (type, slice) in Groups(nodeId)) adjacency.Load(type, slice.ToArray());
        return adjacency;
    }
}

/// <summary>Both directions' rows of one snapshot, set once its adjacency blocks are read (after its nodes).</summary>
internal sealed class SnapshotAdjacency
{
    private AdjacencyRows? outgoing;
    private AdjacencyRows? incoming;

    // A node walked before the rows are read would keep an empty adjacency for good: fail loudly instead.
    public AdjacencyRows Outgoing { get => outgoing ?? throw Unread(); set => outgoing = value; }
    public AdjacencyRows Incoming { get => incoming ?? throw Unread(); set => incoming = value; }

    private static InvalidOperationException Unread() => new("A loaded node's adjacency was used before the snapshot's adjacency blocks were read.");
}
