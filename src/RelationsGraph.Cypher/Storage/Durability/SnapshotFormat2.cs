namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Snapshot format 2 ("RGSNAP02"): sizes first, then whole sections, so that opening allocates every
/// table and adjacency array once at its final size and streams the entities into them (the bulk-load
/// pattern of a columnar store's COPY, rather than a replay of transactions).
///
/// Layout after the header (little-endian; "7-bit" is .NET's variable-length integer, "name#" a 7-bit
/// position in the name table):
///   [last transaction id: int64][next node id: int64][next relationship id: int64]
///   indexes, then constraints: [count: int32] then per entry [name][label][key count: int32][keys]
///   name table: [count: 7-bit] then each label, relationship type and property key once, as a string
///   nodes: [count: int64] then per node, in id order:
///     [id - previous id: 7-bit, the first previous id being -1][label count: 7-bit][label name#]...
///     [property count: 7-bit] then per property [key name#][value: ValueCodec]
///   adjacency sizes, per node in the same order: outgoing then incoming, each
///     [group count: 7-bit] then per relationship type [type name#][relationships: 7-bit]
///   relationships: [count: int64] then per relationship, in id order:
///     [id - previous id: 7-bit][type name#][start node id: 7-bit][end node id: 7-bit][properties as for nodes]
/// The file's checksum (see SnapshotFile) is verified before any of this is read.
/// </summary>
internal static class SnapshotFormat2
{
    public const string Magic = "RGSNAP02";
    public const int Version = 2;

    public static void Write(BinaryWriter writer, GraphData graph)
    {
        writer.Write(graph.LastTransactionId);
        writer.Write(graph.NextNodeId);
        writer.Write(graph.NextRelationshipId);
        WriteSchema(writer, graph);

        var names = CollectNames(graph);
        writer.Write7BitEncodedInt(names.Count);
        foreach (var (name, _) in names.OrderBy(entry => entry.Value)) writer.Write(name);

        writer.Write(graph.NodeCount);
        var previous = -1L;
        foreach (var node in graph.Nodes)
        {
            writer.Write7BitEncodedInt64(node.Id - previous);
            previous = node.Id;
            writer.Write7BitEncodedInt(node.LabelSet.Count);
            foreach (var label in node.LabelSet) writer.Write7BitEncodedInt(names[label]);
            WriteProperties(writer, node.Properties, names);
        }
        foreach (var node in graph.Nodes)
        {
            WriteGroupSizes(writer, node.Outgoing, names);
            WriteGroupSizes(writer, node.Incoming, names);
        }

        writer.Write(graph.RelationshipCount);
        previous = -1L;
        foreach (var relationship in graph.Relationships)
        {
            writer.Write7BitEncodedInt64(relationship.Id - previous);
            previous = relationship.Id;
            writer.Write7BitEncodedInt(names[relationship.Type]);
            writer.Write7BitEncodedInt64(relationship.Start.Id);
            writer.Write7BitEncodedInt64(relationship.End.Id);
            WriteProperties(writer, relationship.Properties, names);
        }
    }

    public static void Read(BinaryReader reader, GraphData graph)
    {
        graph.LastTransactionId = reader.ReadInt64();
        var nextNodeId = reader.ReadInt64();
        var nextRelationshipId = reader.ReadInt64();
        if (nextNodeId < 0 || nextRelationshipId < 0) throw new InvalidDataException("Negative id counter.");
        graph.RestoreIdCounters(nextNodeId, nextRelationshipId);
        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddIndex(new IndexDescriptor(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddConstraint(new ConstraintDescriptor(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));

        var names = new string[Count(reader.Read7BitEncodedInt(), int.MaxValue)];
        for (var i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        graph.ReserveIds(nextNodeId, nextRelationshipId);

        var nodes = new NodeEntity[Count(reader.ReadInt64(), nextNodeId)];
        var labels = new List<string>();
        var properties = new List<KeyValuePair<string, object?>>();
        var id = -1L;
        for (var i = 0; i < nodes.Length; i++)
        {
            id = NextId(reader, id, nextNodeId);
            labels.Clear();
            for (int k = 0, count = reader.Read7BitEncodedInt(); k < count; k++) labels.Add(names[reader.Read7BitEncodedInt()]);
            ReadProperties(reader, names, properties);
            nodes[i] = graph.NewNode(id, labels, properties.Count == 0 ? [] : properties);
        }
        foreach (var node in nodes)
        {
            ReserveGroups(reader, node.Outgoing, names);
            ReserveGroups(reader, node.Incoming, names);
        }

        id = -1L;
        for (long i = 0, count = Count(reader.ReadInt64(), nextRelationshipId); i < count; i++)
        {
            id = NextId(reader, id, nextRelationshipId);
            var type = names[reader.Read7BitEncodedInt()];
            var start = graph.GetNode(reader.Read7BitEncodedInt64()) ?? throw new InvalidDataException("Snapshot relationship refers to a missing node.");
            var end = graph.GetNode(reader.Read7BitEncodedInt64()) ?? throw new InvalidDataException("Snapshot relationship refers to a missing node.");
            ReadProperties(reader, names, properties);
            graph.NewRelationship(id, type, start, end, properties.Count == 0 ? [] : properties); // an empty array enumerates without allocating
        }
    }

    private static void WriteSchema(BinaryWriter writer, GraphData graph)
    {
        var indexes = graph.IndexDescriptors.ToList();
        writer.Write(indexes.Count);
        foreach (var index in indexes) RedoBuffer.WriteSchema(writer, index.Name, index.Label, index.Properties);
        var constraints = graph.ConstraintDescriptors.ToList();
        writer.Write(constraints.Count);
        foreach (var constraint in constraints) RedoBuffer.WriteSchema(writer, constraint.Name, constraint.Label, constraint.Properties);
    }

    /// <summary>Every label, type and key, numbered in order of first use.</summary>
    private static Dictionary<string, int> CollectNames(GraphData graph)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        void Note(string name) => names.TryAdd(name, names.Count);
        foreach (var node in graph.Nodes)
        {
            foreach (var label in node.LabelSet) Note(label);
            foreach (var key in node.Properties.Keys) Note(key);
        }
        foreach (var relationship in graph.Relationships)
        {
            Note(relationship.Type);
            foreach (var key in relationship.Properties.Keys) Note(key);
        }
        return names;
    }

    private static void WriteProperties(BinaryWriter writer, IReadOnlyDictionary<string, object?> properties, Dictionary<string, int> names)
    {
        writer.Write7BitEncodedInt(properties.Count);
        foreach (var (key, value) in properties)
        {
            writer.Write7BitEncodedInt(names[key]);
            ValueCodec.Write(writer, value);
        }
    }

    private static void ReadProperties(BinaryReader reader, string[] names, List<KeyValuePair<string, object?>> properties)
    {
        properties.Clear();
        for (int i = 0, count = reader.Read7BitEncodedInt(); i < count; i++)
            properties.Add(new(names[reader.Read7BitEncodedInt()], ValueCodec.Read(reader)));
    }

    private static void WriteGroupSizes(BinaryWriter writer, Adjacency adjacency, Dictionary<string, int> names)
    {
        var groups = adjacency.GroupSizes().ToList();
        writer.Write7BitEncodedInt(groups.Count);
        foreach (var (type, count) in groups)
        {
            writer.Write7BitEncodedInt(names[type]);
            writer.Write7BitEncodedInt(count);
        }
    }

    private static void ReserveGroups(BinaryReader reader, Adjacency adjacency, string[] names)
    {
        for (int i = 0, groups = reader.Read7BitEncodedInt(); i < groups; i++)
        {
            var type = names[reader.Read7BitEncodedInt()];
            adjacency.Reserve(type, Count(reader.Read7BitEncodedInt(), int.MaxValue));
        }
    }

    private static long NextId(BinaryReader reader, long previous, long limit)
    {
        var id = previous + reader.Read7BitEncodedInt64();
        if (id <= previous || id >= limit) throw new InvalidDataException($"Entity id {id} is out of order or beyond the id counter {limit}.");
        return id;
    }

    private static int Count(long count, long limit) => count >= 0 && count <= limit && count <= int.MaxValue
        ? (int)count
        : throw new InvalidDataException($"Count {count} is out of range.");
}
