namespace RelationsGraph.Cypher.Storage.Paths;

/// <summary>
/// Any reader's graph by ids (a decorating reader such as PROFILE's counting one): links come from its Relationships,
/// and the entities met on the way are kept by id so the path can be made of them. Slower than the store's walk by ids,
/// but it keeps what the decorator does per relationship (PROFILE's db hits).
/// </summary>
internal sealed class ReaderPathGraph(IGraphReader reader) : IPathGraph
{
    private readonly Dictionary<int, NodeEntity> nodes = [];
    private readonly Dictionary<int, RelationshipEntity> relationships = [];

    public long NodeIdBound => 0;

    /// <summary>The reader itself leaves out the relationships of a node it does not see, so here every end is taken.</summary>
    public bool StartsFrom(NodeEntity node)
    {
        nodes[(int)node.Id] = node;
        return true;
    }

    public NodeEntity Node(int id) => nodes[id];

    public RelationshipEntity Relationship(int id) => relationships[id];

    public void Expand(int node, Direction direction, string[]? types, NodeIdSet skip, PathLinks links)
    {
        var from = nodes[node];
        foreach (var relationship in reader.Relationships(from, direction, types))
        {
            var other = relationship.Other(from);
            var otherId = (int)other.Id;
            if (otherId == node || skip.Contains(otherId)) continue;
            nodes.TryAdd(otherId, other);
            relationships.TryAdd((int)relationship.Id, relationship);
            links.Add((int)relationship.Id, otherId);
        }
    }
}
