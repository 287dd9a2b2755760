namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The reading side shared by read and write transactions. Inside a write transaction enumerations are
/// copied first, so a query may change the graph while it walks it; readers walk the live structures.
/// </summary>
internal abstract class GraphView : IGraphReader
{
    private readonly bool copyEnumerations;

    protected GraphView(GraphData graph, bool copyEnumerations)
    {
        Graph = graph;
        this.copyEnumerations = copyEnumerations;
    }

    protected GraphData Graph { get; }

    public long NodeCount { get { EnsureOpen(); return Graph.NodeCount; } }
    public long RelationshipCount { get { EnsureOpen(); return Graph.RelationshipCount; } }
    public IReadOnlyList<IndexDescriptor> Indexes { get { EnsureOpen(); return Graph.IndexDescriptors.ToArray(); } }
    public IReadOnlyList<ConstraintDescriptor> Constraints { get { EnsureOpen(); return Graph.ConstraintDescriptors.ToArray(); } }

    public IEnumerable<NodeEntity> AllNodes() { EnsureOpen(); return Stable(Graph.Nodes); }

    public IEnumerable<NodeEntity> NodesWithLabel(string label)
    {
        EnsureOpen();
        return Graph.NodesWithLabel(label) is { } nodes ? Stable(nodes) : [];
    }

    public IEnumerable<NodeEntity>? SeekByProperty(string label, string key, object value)
    {
        EnsureOpen();
        var normalized = PropertyValues.TryNormalize(value);
        return Graph.SeekIndex(label, key) is { } index ? (normalized is null ? [] : Stable(index.Seek(normalized))) : null;
    }

    public long CountNodesWithLabel(string label) { EnsureOpen(); return Graph.CountNodesWithLabel(label); }

    public long CountRelationshipsWithType(string type) { EnsureOpen(); return Graph.CountRelationshipsWithType(type); }

    public bool HasIndex(string label, string key) { EnsureOpen(); return Graph.SeekIndex(label, key) is not null; }

    public NodeEntity? GetNode(long id) { EnsureOpen(); return Graph.GetNode(id); }

    public IReadOnlyList<(object Entity, double Score)> QueryFullText(string indexName, bool relationships, string query, int limit)
    {
        EnsureOpen();
        // Only a writer can have marked entities (readers never overlap it): it searches its own changes.
        Graph.FullText.Flush(Graph);
        var hits = Graph.FullText.Search(indexName, relationships, query, limit);
        var found = new List<(object, double)>(hits.Count);
        foreach (var hit in hits)
        {
            object? entity = relationships ? Graph.GetRelationship(hit.Id) : Graph.GetNode(hit.Id);
            if (entity is not null) found.Add((entity, hit.Score));
        }
        return found;
    }

    public IEnumerable<RelationshipEntity> AllRelationships() { EnsureOpen(); return Stable(Graph.Relationships); }

    public RelationshipEntity? GetRelationship(long id) { EnsureOpen(); return Graph.GetRelationship(id); }

    public IEnumerable<RelationshipEntity> Relationships(NodeEntity node, Direction direction, IReadOnlyList<string>? types = null)
    {
        EnsureOpen();
        if (node.IsDeleted) return [];
        var relationships = direction switch
        {
            Direction.Outgoing => Graph.Expand(node.Outgoing, types),
            Direction.Incoming => Graph.Expand(node.Incoming, types),
            _ => Both(node, types),
        };
        return Stable(relationships);
    }

    public int Degree(NodeEntity node, Direction direction, string? type = null)
    {
        EnsureOpen();
        if (node.IsDeleted) return 0;
        return direction switch
        {
            Direction.Outgoing => node.Outgoing.CountOf(type),
            Direction.Incoming => node.Incoming.CountOf(type),
            _ => node.Outgoing.CountOf(type) + node.Incoming.CountOf(type) - SelfLoops(node, type),
        };
    }

    protected abstract void EnsureOpen();

    /// <summary>Outgoing then incoming; a self-loop is in both lists and is reported once, as outgoing.</summary>
    private IEnumerable<RelationshipEntity> Both(NodeEntity node, IReadOnlyList<string>? types)
    {
        foreach (var relationship in Graph.Expand(node.Outgoing, types)) yield return relationship;
        foreach (var relationship in Graph.Expand(node.Incoming, types))
            if (!ReferenceEquals(relationship.Start, node)) yield return relationship;
    }

    private int SelfLoops(NodeEntity node, string? type)
    {
        var count = 0;
        foreach (var relationship in Graph.Expand(node.Incoming, type is null ? null : [type]))
            if (ReferenceEquals(relationship.Start, node)) count++;
        return count;
    }

    private IEnumerable<T> Stable<T>(IEnumerable<T> items) => copyEnumerations ? items.ToArray() : items;
}
