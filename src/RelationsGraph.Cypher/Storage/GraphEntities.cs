namespace RelationsGraph.Cypher.Storage;

// CONTRACT (owned by Storage/): the live records the executor reads and the values layer compares.
// Public members below are relied on by Execution/ and Values/; internals are the store's business.

/// <summary>A node as the store holds it. Read it only inside a transaction; it changes as writes apply.</summary>
public sealed class NodeEntity
{
    internal NodeEntity(long id) => Id = id;

    public long Id { get; }
    public string ElementId => "n:" + Id;
    internal HashSet<string> LabelSet { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, object?> PropertyMap { get; } = new(StringComparer.Ordinal);
    public IReadOnlyCollection<string> Labels => LabelSet;
    /// <summary>Never holds null values: setting a property to null removes it.</summary>
    public IReadOnlyDictionary<string, object?> Properties => PropertyMap;
    public bool IsDeleted { get; internal set; }
    public override string ToString() => $"Node({Id})";
}

/// <summary>A relationship as the store holds it.</summary>
public sealed class RelationshipEntity
{
    internal RelationshipEntity(long id, string type, NodeEntity start, NodeEntity end)
    {
        Id = id; Type = type; Start = start; End = end;
    }

    public long Id { get; }
    public string ElementId => "r:" + Id;
    public string Type { get; }
    public NodeEntity Start { get; }
    public NodeEntity End { get; }
    internal Dictionary<string, object?> PropertyMap { get; } = new(StringComparer.Ordinal);
    public IReadOnlyDictionary<string, object?> Properties => PropertyMap;
    public bool IsDeleted { get; internal set; }
    public NodeEntity Other(NodeEntity node) => ReferenceEquals(node, Start) ? End : Start;
    public override string ToString() => $"Rel({Id})";
}

/// <summary>Which relationships of a node to follow, seen from that node.</summary>
public enum Direction { Outgoing, Incoming, Both }
