namespace RelationsGraph.Cypher.Storage;

// CONTRACT (owned by Storage/): the live records the executor reads and the values layer compares.
// Public members below are relied on by Execution/ and Values/; internals are the store's business.

/// <summary>A node as the store holds it. Read it only inside a transaction; it changes as writes apply.</summary>
public sealed class NodeEntity
{
    private Dictionary<string, object?>? propertyMap;

    internal NodeEntity(long id) => Id = id;

    public long Id { get; }
    public string ElementId => "n:" + Id;
    internal HashSet<string> LabelSet { get; } = new(StringComparer.Ordinal);
    /// <summary>Allocated on first write, so that property-less nodes stay small; only writers may touch it.</summary>
    internal Dictionary<string, object?> PropertyMap => propertyMap ??= new(StringComparer.Ordinal);
    internal bool HasProperties => propertyMap is { Count: > 0 };
    /// <summary>Relationships starting here, grouped by type.</summary>
    internal Adjacency Outgoing { get; } = new();
    /// <summary>Relationships ending here, grouped by type.</summary>
    internal Adjacency Incoming { get; } = new();
    public IReadOnlyCollection<string> Labels => LabelSet;
    /// <summary>Never holds null values: setting a property to null removes it.</summary>
    public IReadOnlyDictionary<string, object?> Properties => (IReadOnlyDictionary<string, object?>?)propertyMap ?? EmptyProperties.Instance;
    public bool IsDeleted { get; internal set; }
    public override string ToString() => $"Node({Id})";
}

/// <summary>A relationship as the store holds it.</summary>
public sealed class RelationshipEntity
{
    private Dictionary<string, object?>? propertyMap;

    internal RelationshipEntity(long id, string type, NodeEntity start, NodeEntity end)
    {
        Id = id; Type = type; Start = start; End = end;
    }

    public long Id { get; }
    public string ElementId => "r:" + Id;
    public string Type { get; }
    public NodeEntity Start { get; }
    public NodeEntity End { get; }
    /// <summary>Allocated on first write: a million property-less relationships must not cost a million dictionaries.</summary>
    internal Dictionary<string, object?> PropertyMap => propertyMap ??= new(StringComparer.Ordinal);
    internal bool HasProperties => propertyMap is { Count: > 0 };
    public IReadOnlyDictionary<string, object?> Properties => (IReadOnlyDictionary<string, object?>?)propertyMap ?? EmptyProperties.Instance;
    public bool IsDeleted { get; internal set; }
    public NodeEntity Other(NodeEntity node) => ReferenceEquals(node, Start) ? End : Start;
    public override string ToString() => $"Rel({Id})";
}

/// <summary>Which relationships of a node to follow, seen from that node.</summary>
public enum Direction { Outgoing, Incoming, Both }

/// <summary>The shared, read-only property map of entities that have no properties.</summary>
internal static class EmptyProperties
{
    public static readonly IReadOnlyDictionary<string, object?> Instance =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>(StringComparer.Ordinal));
}
