namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// A node's relationships as (relationship id, far node) pairs, for an expand that never reads the relationship
/// itself (see IGraphReader.AppendFarEnds). It reads the adjacency arrays as StorePathGraph does: a relationship's
/// far end and visibility from its object when one was made, else from the relationship columns (a row never made
/// was never changed, so it is alive for every view). So walking a fresh store makes no relationship object, only
/// the far nodes the caller keeps. Same relationships, in the same order, as Adjacency.Enumerate / AdjacencyRows.Enumerate.
/// </summary>
internal readonly struct FarEndWalk(EntityTable<NodeEntity> nodes, EntityTable<RelationshipEntity> relationships, long seq,
    List<(long RelationshipId, NodeEntity Other)> into)
{
    private readonly RelationshipColumns? columns = relationships.Cold as RelationshipColumns;

    // Optimised at once (as the hop that calls it): it runs per walked edge.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Append(NodeEntity node, Direction direction, IReadOnlyList<string>? types)
    {
        if (direction != Direction.Incoming) Side(node, outgoing: true, types, skipLoops: false);
        // Both: a self-loop is in both lists and is reported once, as outgoing (as GraphView.Both does).
        if (direction != Direction.Outgoing) Side(node, outgoing: false, types, skipLoops: direction == Direction.Both);
    }

    private void Side(NodeEntity node, bool outgoing, IReadOnlyList<string>? types, bool skipLoops)
    {
        var all = types is null || types.Count == 0;
        // A loaded node whose adjacency was never made is unchanged since: its snapshot rows are walked in place.
        var made = outgoing ? node.OutgoingIfMade : node.IncomingIfMade;
        if (made is null && node.LoadedAdjacency is { } loaded)
        {
            var rows = outgoing ? loaded.Outgoing : loaded.Incoming;
            var (first, end) = rows.GroupsOf(node.Id);
            if (all)
            {
                for (var g = first; g < end; g++) Walk(rows.IdsAt(g), node, outgoing, skipLoops);
                return;
            }
            for (var t = 0; t < types!.Count; t++)
            {
                if (IsRepeated(types, t)) continue;
                for (var g = first; g < end; g++)
                    if (string.Equals(rows.TypeAt(g), types[t], StringComparison.Ordinal))
                    {
                        Walk(rows.IdsAt(g), node, outgoing, skipLoops);
                        break;
                    }
            }
            return;
        }
        made ??= outgoing ? node.Outgoing : node.Incoming;
        if (all)
        {
            for (var g = 0; g < made.GroupCount; g++) Walk(made.IdsAt(g), node, outgoing, skipLoops);
            return;
        }
        for (var t = 0; t < types!.Count; t++)
            if (!IsRepeated(types, t) && made.GroupOf(types[t]) is var g and >= 0) Walk(made.IdsAt(g), node, outgoing, skipLoops);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Walk(ReadOnlySpan<int> ids, NodeEntity node, bool outgoing, bool skipLoops)
    {
        foreach (var id in ids)
        {
            if (id < 0) continue; // removed by Compact
            NodeEntity other;
            if (relationships.Peek(id) is { } relationship)
            {
                if (seq == Versions.Uncommitted ? relationship.HeadDeleted : !relationship.VisibleAt(seq)) continue;
                other = outgoing ? relationship.End : relationship.Start;
            }
            else
            {
                // Never made: a row of the columns, unless it was pruned (Forget) or is a rolled-back id past them.
                if (columns is null || id >= columns.Length || !columns.Has(id)) continue;
                var otherId = outgoing ? columns.EndOf(id) : columns.StartOf(id);
                other = nodes.Get(otherId) ?? throw new InvalidOperationException($"Relationship {id} leads to node {otherId}, which the store no longer holds.");
            }
            if (skipLoops && ReferenceEquals(other, node)) continue;
            into.Add((id, other));
        }
    }

    /// <summary>True when types[t] repeats an earlier entry, so a repeated type is not walked twice.</summary>
    private static bool IsRepeated(IReadOnlyList<string> types, int t)
    {
        for (var k = 0; k < t; k++)
            if (string.Equals(types[k], types[t], StringComparison.Ordinal)) return true;
        return false;
    }
}
