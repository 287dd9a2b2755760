namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Relationships as a snapshot left them, one column per field indexed by id (struct-of-arrays): 12 bytes a
/// relationship at rest instead of an object, read from the file as whole blocks. The relationship table
/// makes a <see cref="RelationshipEntity"/> from a row the first time the id is read and keeps it, so
/// identity and the per-entity version stamps work as for relationships created since.
/// Rows made this way were committed before the store opened: created at 0, alive, with the properties the
/// snapshot's records hold (kept as its bytes and decoded when the row is made, see <see cref="NodePropertyBytes"/>;
/// a format-3 snapshot has none here: its relationships with properties are made at open and given theirs).
/// </summary>
internal sealed class RelationshipColumns(string[] typeNames, int[] types, int[] starts, int[] ends, Func<long, NodeEntity?> node, NodePropertyBytes? properties = null)
    : IColdRows<RelationshipEntity>
{
    /// <summary>Marks a row that is not here (an id never used, or pruned).</summary>
    public const int NoRow = -1;

    // Each type name's number, which a made relationship holds (RelationshipTypeNumbers).
    private readonly int[] typeNumbers = Array.ConvertAll(typeNames, RelationshipTypeNumbers.NumberOf);

    public int Length => types.Length;

    public bool Has(int id) => Volatile.Read(ref types[id]) != NoRow;

    public string TypeOf(int id) => typeNames[types[id]];
    public int StartOf(int id) => starts[id];
    public int EndOf(int id) => ends[id];

    public RelationshipEntity? Make(int id)
    {
        var type = Volatile.Read(ref types[id]);
        if (type == NoRow) return null;
        var start = node(starts[id]) ?? throw new InvalidOperationException($"Relationship {id} starts at a node the store no longer holds.");
        var end = node(ends[id]) ?? throw new InvalidOperationException($"Relationship {id} ends at a node the store no longer holds.");
        var relationship = new RelationshipEntity(id, typeNumbers[type], start, end, createdSeq: 0);
        if (properties?.DecodeMap(id) is { } map) relationship.Head = new RelationshipVersion(map, 0, null); // not yet shared: set before it is published
        return relationship;
    }

    /// <summary>The row's properties as the snapshot holds them, decoded without making the relationship.</summary>
    public IReadOnlyDictionary<string, object?> PropertiesOf(int id) =>
        (IReadOnlyDictionary<string, object?>?)properties?.DecodeMap(id) ?? EmptyProperties.Instance;

    public void Forget(int id) => Volatile.Write(ref types[id], NoRow);

    /// <summary>Live rows that start and end at one node, per type name (what the self-loop counts start from).</summary>
    public Dictionary<string, long> SelfLoopsByType()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var id = 0; id < types.Length; id++)
            if (types[id] != NoRow && starts[id] == ends[id]) counts[typeNames[types[id]]] = counts.GetValueOrDefault(typeNames[types[id]]) + 1;
        return counts;
    }

    /// <summary>Live rows per type name (what the type counts start from).</summary>
    public Dictionary<string, long> CountByType()
    {
        var perType = new long[typeNames.Length];
        foreach (var type in types)
            if (type != NoRow) perType[type]++;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var t = 0; t < perType.Length; t++)
            if (perType[t] > 0) counts[typeNames[t]] = counts.GetValueOrDefault(typeNames[t]) + perType[t];
        return counts;
    }
}
