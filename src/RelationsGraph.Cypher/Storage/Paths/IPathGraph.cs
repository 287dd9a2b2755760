namespace RelationsGraph.Cypher.Storage.Paths;

/// <summary>
/// The graph as a shortest-path search walks it: node ids in, (relationship id, other end's id) links out, as one
/// view (a reader's snapshot, or the writer's newest state) sees them. The search keeps ids only and asks for
/// entities just for the path it returns.
/// </summary>
internal interface IPathGraph
{
    /// <summary>Node ids are below this, as far as the graph knows (a size hint: id sets grow past it when needed).</summary>
    long NodeIdBound { get; }

    /// <summary>Takes node as an end of the search; false when the view does not see it (it then has no relationships for the view).</summary>
    bool StartsFrom(NodeEntity node);

    /// <summary>
    /// Appends to links the node's relationships in direction whose type is one of types (any when null), visible to the
    /// view, leaving out those whose other end is in skip (already reached, so never on a shorter path) and self-loops.
    /// Order: outgoing before incoming, then types in the order given (groups in stored order when null), then stored order.
    /// </summary>
    void Expand(int node, Direction direction, string[]? types, NodeIdSet skip, PathLinks links);

    NodeEntity Node(int id);

    RelationshipEntity Relationship(int id);
}
