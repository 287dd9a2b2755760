namespace RelationsGraph.Tck.Values;

// Graph elements as the TCK writes them: no identity, only labels/type and properties.
// Other expected values are plain objects: null, bool, long, double, string, List<object?>, Dictionary<string, object?>.

public sealed record ExpectedNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

public sealed record ExpectedRelationship(string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>One step of a path: the relationship, whether it points along the path (-[]->), and the node reached.</summary>
public sealed record ExpectedPathHop(ExpectedRelationship Relationship, bool Forward, ExpectedNode Node);

public sealed record ExpectedPath(ExpectedNode Start, IReadOnlyList<ExpectedPathHop> Hops);
