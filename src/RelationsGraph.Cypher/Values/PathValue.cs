using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Values;

/// <summary>A path at run time: Nodes.Count == Relationships.Count + 1, in traversal order.</summary>
public sealed class PathValue
{
    public PathValue(IReadOnlyList<NodeEntity> nodes, IReadOnlyList<RelationshipEntity> relationships)
    {
        if (nodes.Count != relationships.Count + 1)
            throw new ArgumentException("A path has one more node than relationships.");
        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<NodeEntity> Nodes { get; }
    public IReadOnlyList<RelationshipEntity> Relationships { get; }
    public int Length => Relationships.Count;
}
