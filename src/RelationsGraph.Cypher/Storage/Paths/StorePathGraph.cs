namespace RelationsGraph.Cypher.Storage.Paths;

/// <summary>
/// The store's graph by ids for one view (at seq; Versions.Uncommitted for the writer's newest state). A node's links
/// come straight from its adjacency arrays: the made <see cref="Adjacency"/> when a change made one (it holds the
/// writer's newer relationships too), else the snapshot's rows; a relationship's other end and visibility from its
/// object when one was made, else from the relationship columns (a row never made was never changed, so it is alive
/// for every view). So a search makes no node, adjacency or relationship object on its way, and filters exactly as
/// Adjacency.Enumerate does: a relationship created after the reader began is left out, one deleted after it is kept.
/// </summary>
internal sealed class StorePathGraph(EntityTable<NodeEntity> nodes, EntityTable<RelationshipEntity> relationships,
    SnapshotAdjacency? columnRows, long nodeIdBound, long seq) : IPathGraph
{
    private readonly RelationshipColumns? columns = relationships.Cold as RelationshipColumns;

    public long NodeIdBound => nodeIdBound;

    public bool StartsFrom(NodeEntity node) => seq == Versions.Uncommitted ? !node.HeadDeleted : node.VisibleAt(seq);

    public NodeEntity Node(int id) => nodes.Get(id) ?? throw Vanished("node", id);

    public RelationshipEntity Relationship(int id) => relationships.Get(id) ?? throw Vanished("relationship", id);

    public void Expand(int node, Direction direction, string[]? types, NodeIdSet skip, PathLinks links)
    {
        if (direction != Direction.Incoming) ExpandSide(node, outgoing: true, types, skip, links);
        if (direction != Direction.Outgoing) ExpandSide(node, outgoing: false, types, skip, links);
    }

    private void ExpandSide(int node, bool outgoing, string[]? types, NodeIdSet skip, PathLinks links)
    {
        // A node without an object is a row of the snapshot never changed since (a change makes the object first),
        // and a made node without made adjacency is unchanged in it: either way the snapshot's rows are its adjacency.
        var made = nodes.Peek(node);
        var adjacency = made is null ? null : outgoing ? made.OutgoingIfMade : made.IncomingIfMade;
        if (adjacency is null && (made is null ? columnRows : made.LoadedAdjacency) is { } loaded)
        {
            var rows = outgoing ? loaded.Outgoing : loaded.Incoming;
            var (first, end) = rows.GroupsOf(node);
            if (types is null)
            {
                for (var g = first; g < end; g++) Walk(rows.IdsAt(g), node, outgoing, skip, links);
                return;
            }
            foreach (var type in types)
                for (var g = first; g < end; g++)
                    if (string.Equals(rows.TypeAt(g), type, StringComparison.Ordinal))
                    {
                        Walk(rows.IdsAt(g), node, outgoing, skip, links);
                        break;
                    }
            return;
        }
        if (made is null) return;
        adjacency ??= outgoing ? made.Outgoing : made.Incoming;
        if (types is null)
        {
            for (var g = 0; g < adjacency.GroupCount; g++) Walk(adjacency.IdsAt(g), node, outgoing, skip, links);
            return;
        }
        foreach (var type in types)
            if (adjacency.GroupOf(type) is var g and >= 0) Walk(adjacency.IdsAt(g), node, outgoing, skip, links);
    }

    private void Walk(ReadOnlySpan<int> ids, int node, bool outgoing, NodeIdSet skip, PathLinks links)
    {
        foreach (var id in ids)
        {
            if (id < 0) continue; // removed by Compact
            int other;
            // The other end before visibility: most links of a grown search lead back to reached nodes, and those need no more reads.
            if (relationships.Peek(id) is { } relationship)
            {
                other = (int)(outgoing ? relationship.End : relationship.Start).Id;
                if (other == node || skip.Contains(other)) continue;
                if (seq == Versions.Uncommitted ? relationship.HeadDeleted : !relationship.VisibleAt(seq)) continue;
            }
            else
            {
                // Never made: a row of the columns, unless it was pruned (Forget) or is a rolled-back id past them.
                if (columns is null || id >= columns.Length) continue;
                other = outgoing ? columns.EndOf(id) : columns.StartOf(id);
                if (other == node || skip.Contains(other) || !columns.Has(id)) continue;
            }
            links.Add(id, other);
        }
    }

    private static InvalidOperationException Vanished(string kind, int id) =>
        new($"The {kind} {id} on a shortest path is no longer in the store, though the view saw it during the search.");
}
