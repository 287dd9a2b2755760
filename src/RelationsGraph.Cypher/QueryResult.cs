namespace RelationsGraph.Cypher;

// The result model shared by the embedded engine and the Neo4j adapter. Values in Rows are:
// null, bool, long, double, string, IReadOnlyList<object?>, IReadOnlyDictionary<string, object?>,
// Node, Relationship, Path, or a temporal value from Values/Temporal.

public sealed record Node(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

public sealed record Relationship(string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>Nodes.Count == Relationships.Count + 1, in path order.</summary>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships);

/// <summary>Neo4j-style counters of what a statement changed.</summary>
public sealed record QueryStatistics
{
    public int NodesCreated { get; init; }
    public int NodesDeleted { get; init; }
    public int RelationshipsCreated { get; init; }
    public int RelationshipsDeleted { get; init; }
    public int PropertiesSet { get; init; }
    /// <summary>Existing property values removed or overwritten (the TCK's -properties); PropertiesSet is its +properties.</summary>
    public int PropertiesRemoved { get; init; }
    public int LabelsAdded { get; init; }
    public int LabelsRemoved { get; init; }
    public int IndexesAdded { get; init; }
    public int IndexesRemoved { get; init; }
    public int ConstraintsAdded { get; init; }
    public int ConstraintsRemoved { get; init; }
    public bool ContainsUpdates => NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + PropertiesRemoved
        + LabelsAdded + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;
}

public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, QueryStatistics Statistics)
{
    /// <summary>True when QueryOptions.MaxRows cut the rows short.</summary>
    public bool Truncated { get; init; }

    /// <summary>The plan of an EXPLAIN (no rows) or PROFILE (rows, and the plan with rows and db hits per operator); null otherwise.</summary>
    public QueryPlan? Plan { get; init; }
}
