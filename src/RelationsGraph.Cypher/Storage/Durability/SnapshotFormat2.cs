namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Reads snapshots of format 2 ("RGSNAP02"), which stores still hold until their next checkpoint rewrites
/// them as format 3 (<see cref="SnapshotFormat3"/>, which shares its header, schema, name and node sections,
/// written by the helpers here). Sizes first, then whole sections, so that opening allocates every
/// table and adjacency array once at its final size and streams the entities into them.
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

    public static void Read(BinaryReader reader, GraphData graph)
    {
        graph.LastTransactionId = reader.ReadInt64();
        var nextNodeId = reader.ReadInt64();
        var nextRelationshipId = reader.ReadInt64();
        if (nextNodeId < 0 || nextRelationshipId < 0) throw new InvalidDataException("Negative id counter.");
        graph.RestoreIdCounters(nextNodeId, nextRelationshipId);
        ReadSchema(reader, graph);
        var names = ReadNames(reader);
        graph.ReserveIds(nextNodeId, nextRelationshipId);

        var nodes = ReadNodes(reader, graph, names, nextNodeId, adjacency: null);
        var properties = new List<KeyValuePair<string, object?>>();
        long id;
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

    /// <summary>The nodes section: [count: int64] then per node [id - previous id: 7-bit][labels][properties].</summary>
    internal static void WriteNodes(BinaryWriter writer, GraphData graph, Dictionary<string, int> names)
    {
        writer.Write(graph.NodeCount);
        var previous = -1L;
        foreach (var node in graph.Nodes)
        {
            writer.Write7BitEncodedInt64(node.Id - previous);
            previous = node.Id;
            writer.Write7BitEncodedInt(node.LabelSet.Count);
            foreach (var label in node.LabelSet) writer.Write7BitEncodedInt(names[label]);
            WriteProperties(writer, node.HeadProperties, names);
        }
    }

    /// <summary>The nodes section; adjacency: the rows their adjacency will be made from (format 3), or null to give each an empty one now.</summary>
    internal static NodeEntity[] ReadNodes(BinaryReader reader, GraphData graph, string[] names, long nextNodeId, SnapshotAdjacency? adjacency)
    {
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
            nodes[i] = graph.LoadNode(id, labels, properties, adjacency);
        }
        graph.IndexLoadedNodes();
        return nodes;
    }

    internal static void ReadSchema(BinaryReader reader, GraphData graph)
    {
        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddIndex(IndexDescriptor.FromStored(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddConstraint(new ConstraintDescriptor(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
    }

    internal static string[] ReadNames(BinaryReader reader)
    {
        var count = Count(reader.Read7BitEncodedInt(), int.MaxValue);
        RequireBytesLeft(reader, count); // each name takes a byte at least
        var names = new string[count];
        for (var i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        return names;
    }

    internal static void WriteSchema(BinaryWriter writer, GraphData graph)
    {
        var indexes = graph.IndexDescriptors.ToList();
        writer.Write(indexes.Count);
        foreach (var index in indexes) RedoBuffer.WriteSchema(writer, index.Name, index.StoredLabel, index.Properties);
        var constraints = graph.ConstraintDescriptors.ToList();
        writer.Write(constraints.Count);
        foreach (var constraint in constraints) RedoBuffer.WriteSchema(writer, constraint.Name, constraint.Label, constraint.Properties);
    }

    internal static void WriteProperties(BinaryWriter writer, IReadOnlyDictionary<string, object?> properties, Dictionary<string, int> names)
    {
        writer.Write7BitEncodedInt(properties.Count);
        foreach (var (key, value) in properties)
        {
            writer.Write7BitEncodedInt(names[key]);
            ValueCodec.Write(writer, value);
        }
    }

    internal static void ReadProperties(BinaryReader reader, string[] names, List<KeyValuePair<string, object?>> properties)
    {
        properties.Clear();
        for (int i = 0, count = reader.Read7BitEncodedInt(); i < count; i++)
            properties.Add(new(names[reader.Read7BitEncodedInt()], ValueCodec.Read(reader)));
    }

    private static void ReserveGroups(BinaryReader reader, Adjacency adjacency, string[] names)
    {
        for (int i = 0, groups = reader.Read7BitEncodedInt(); i < groups; i++)
        {
            var type = names[reader.Read7BitEncodedInt()];
            adjacency.Reserve(type, Count(reader.Read7BitEncodedInt(), int.MaxValue));
        }
    }

    internal static long NextId(BinaryReader reader, long previous, long limit)
    {
        var id = previous + reader.Read7BitEncodedInt64();
        if (id <= previous || id >= limit) throw new InvalidDataException($"Entity id {id} is out of order or beyond the id counter {limit}.");
        return id;
    }

    /// <summary>Refuses a count that the rest of the file cannot hold (before anything is allocated for it): damage must not make a reader allocate beyond the file.</summary>
    internal static void RequireBytesLeft(BinaryReader reader, long bytes)
    {
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (bytes > left) throw new InvalidDataException($"{bytes} bytes wanted where {left} are left.");
    }

    internal static int Count(long count, long limit) => count >= 0 && count <= limit && count <= int.MaxValue
        ? (int)count
        : throw new InvalidDataException($"Count {count} is out of range.");
}
