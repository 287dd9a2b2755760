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

    /// <summary>The node's relationships of the type (any type when null) in these rows: its stored degree, read without making its adjacency.</summary>
    public int CountOf(long nodeId, string? type)
    {
        if (nodeId + 1 >= groupStart.Length) return 0;
        var total = 0;
        for (var g = groupStart[nodeId]; g < groupStart[nodeId + 1]; g++)
            if (type is null || string.Equals(typeNames[groupTypes[g]], type, StringComparison.Ordinal)) total += idStart[g + 1] - idStart[g];
        return total;
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
