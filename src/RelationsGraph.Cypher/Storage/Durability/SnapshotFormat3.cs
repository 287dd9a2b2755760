using System.Runtime.InteropServices;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Snapshot format 3 ("RGSNAP03"), which stores still hold until their next checkpoint rewrites them as format 4
/// (<see cref="SnapshotFormat4"/>, which keeps its relationship and adjacency sections, written by the helpers here).
/// Relationships and adjacency as whole column blocks, so that opening reads
/// each block straight into an array (no per-relationship record, no object: the relationships become the
/// table's cold rows, see <see cref="RelationshipColumns"/>; the adjacency blocks stay rows that each node
/// makes its adjacency from when first walked, see <see cref="AdjacencyRows"/>) - the layout of a column
/// store's data files and of CSR adjacency, rather than a replay of records.
///
/// Layout after the header (little-endian; "7-bit" is .NET's variable-length integer, "name#" a position
/// in the name table; a block is [element count: int32] then that many int32, written and read as raw bytes):
///   header, schema and name table as format 2 (<see cref="SnapshotFormat2"/>):
///     [last transaction id: int64][next node id: int64][next relationship id: int64], indexes, constraints,
///     [name count: 7-bit][names]
///   nodes: [section length in bytes: int32] then format 2's node section, read whole and parsed in memory:
///     [node count: int64] then per node [id - previous id: 7-bit][labels][properties]
///   relationships, live ones in id order, four blocks of one length:
///     [ids][type name#s][start node ids][end node ids]
///   relationship properties, for those that have any, in id order:
///     [count: 7-bit] then per relationship [id - previous id: 7-bit, the first previous id being -1][properties as for nodes]
///   adjacency, outgoing then incoming (compressed sparse rows: one group per node and relationship type that
///   has live relationships, nodes in id order, each node's groups in the order it holds them), four blocks:
///     [node ids: one per group][type name#s: one per group][sizes: one per group][relationship ids: the groups' ids one after another]
/// The file's checksum (see SnapshotFile) is verified before any of this is read. A big-endian machine
/// neither writes nor reads this format (the blocks are the memory image of little-endian int32 arrays).
/// Opening keeps the nodes as rows too (see <see cref="NodeColumns"/>): label buckets and indexes hold their ids,
/// and the node section's bytes stay the properties' store, decoded per node when read (see <see cref="NodePropertyBytes"/>).
/// </summary>
internal static class SnapshotFormat3
{
    public const string Magic = "RGSNAP03";
    public const int Version = 3;

    /// <summary>The four relationship blocks (ids, type name#s, starts, ends), live relationships in id order; format 4 writes them as format 3 did.</summary>
    internal static void WriteRelationshipBlocks(BinaryWriter writer, GraphData graph, Dictionary<string, int> names)
    {
        // One pass per column keeps the checkpoint from holding a copy of the whole relationship table.
        var count = SnapshotFormat2.Count(graph.RelationshipCount, int.MaxValue);
        WriteColumn(writer, graph, count, row => row.Id);
        WriteColumn(writer, graph, count, row => names[row.Type]);
        WriteColumn(writer, graph, count, row => checked((int)row.Start));
        WriteColumn(writer, graph, count, row => checked((int)row.End));
    }

    /// <summary>Both directions' adjacency blocks, outgoing then incoming.</summary>
    internal static void WriteAdjacencyBlocks(BinaryWriter writer, GraphData graph, Dictionary<string, int> names)
    {
        WriteAdjacency(writer, graph, names, outgoing: true);
        WriteAdjacency(writer, graph, names, outgoing: false);
    }

    /// <summary>
    /// The head formats 3 and 4 share: last transaction id, the node and relationship id counters (checked and
    /// restored), the schema, and the name table the rest of the file refers to by number.
    /// </summary>
    internal static (long NextNodeId, long NextRelationshipId, string[] Names) ReadHeader(BinaryReader reader, GraphData graph)
    {
        RequireLittleEndian();
        graph.LastTransactionId = reader.ReadInt64();
        var nextNodeId = reader.ReadInt64();
        var nextRelationshipId = reader.ReadInt64();
        if (nextNodeId < 0 || nextRelationshipId < 0 || nextNodeId > int.MaxValue || nextRelationshipId > int.MaxValue)
            throw new InvalidDataException("Id counter out of range.");
        graph.RestoreIdCounters(nextNodeId, nextRelationshipId);
        SnapshotFormat2.ReadSchema(reader, graph);
        return (nextNodeId, nextRelationshipId, SnapshotFormat2.ReadNames(reader));
    }

    public static void Read(BinaryReader reader, GraphData graph)
    {
        var (nextNodeId, nextRelationshipId, names) = ReadHeader(reader, graph);
        var adjacency = new SnapshotAdjacency();
        ReadNodes(reader, graph, names, nextNodeId, adjacency);
        var (ids, types, starts, ends) = ReadRelationshipBlocks(reader, nextRelationshipId);
        var present = LoadRelationships(graph, names, ids, types, starts, ends, nextRelationshipId, null);

        var properties = new List<KeyValuePair<string, object?>>();
        var id = -1L;
        for (int i = 0, count = SnapshotFormat2.Count(reader.Read7BitEncodedInt(), ids.Length); i < count; i++)
        {
            id = SnapshotFormat2.NextId(reader, id, nextRelationshipId);
            SnapshotFormat2.ReadProperties(reader, names, properties);
            graph.LoadRelationshipProperties(id, properties);
        }
        ReadAdjacencyBlocks(reader, graph, names, nextNodeId, present, adjacency);
    }

    /// <summary>What WriteRelationshipBlocks wrote.</summary>
    internal static (int[] Ids, int[] Types, int[] Starts, int[] Ends) ReadRelationshipBlocks(BinaryReader reader, long nextRelationshipId)
    {
        var ids = ReadBlock(reader, nextRelationshipId);
        return (ids, ReadBlock(reader, ids.Length, exactly: true), ReadBlock(reader, ids.Length, exactly: true), ReadBlock(reader, ids.Length, exactly: true));
    }

    /// <summary>What WriteAdjacencyBlocks wrote, as rows the loaded nodes make their adjacency from (present: LoadRelationships' answer).</summary>
    internal static void ReadAdjacencyBlocks(BinaryReader reader, GraphData graph, string[] names, long nextNodeId, int[] present, SnapshotAdjacency adjacency)
    {
        adjacency.Outgoing = BuildAdjacency(ReadAdjacencyBlocks(reader, names, nextNodeId, graph.RelationshipCount), graph, names, nextNodeId, present);
        adjacency.Incoming = BuildAdjacency(ReadAdjacencyBlocks(reader, names, nextNodeId, graph.RelationshipCount), graph, names, nextNodeId, present);
    }

    /// <summary>One direction's four adjacency blocks as read (relationshipCount: the live relationships, each listed once per direction).</summary>
    internal static (int[] Nodes, int[] Types, int[] Sizes, int[] Ids) ReadAdjacencyBlocks(BinaryReader reader, string[] names, long nextNodeId, long relationshipCount)
    {
        var nodes = ReadBlock(reader, Math.Min(relationshipCount, nextNodeId * names.Length));
        return (nodes, ReadBlock(reader, nodes.Length, exactly: true), ReadBlock(reader, nodes.Length, exactly: true), ReadBlock(reader, relationshipCount, exactly: true));
    }

    /// <summary>
    /// Checks the relationship blocks and hands them to the graph as columns; returns the type column by id (NoRow: no
    /// relationship), for checking adjacency. properties: the records (format 4), their offsets one per entry of ids.
    /// </summary>
    internal static int[] LoadRelationships(GraphData graph, string[] names, int[] ids, int[] types, int[] starts, int[] ends, long nextRelationshipId,
        (int[] RecordAt, byte[] Bytes)? properties)
    {
        if (ids.Length == 0) return [];
        // Checked against the node rows just loaded (no node is an object yet): a million relationships ask twice each.
        var nodes = graph.NodeRows ?? throw new InvalidOperationException("Relationship blocks read before the node rows.");
        var previous = -1;
        foreach (var id in ids)
        {
            if (id <= previous || id >= nextRelationshipId) throw new InvalidDataException($"Relationship id {id} is out of order or beyond the id counter {nextRelationshipId}.");
            previous = id;
        }
        // Whole blocks against their bounds first (node rows without gaps: in bounds is present); one by one only when that does not decide.
        var decided = BlockChecks.AllWithin(types, names.Length) && nodes.HasNoGaps()
            && BlockChecks.AllWithin(starts, nodes.Length) && BlockChecks.AllWithin(ends, nodes.Length);
        for (var i = 0; !decided && i < ids.Length; i++)
        {
            if ((uint)types[i] >= (uint)names.Length) throw new InvalidDataException($"Relationship {ids[i]} names type #{types[i]}, beyond the name table.");
            if (!nodes.Holds(starts[i]) || !nodes.Holds(ends[i]))
                throw new InvalidDataException($"Relationship {ids[i]} refers to a missing node.");
        }
        // Columns are indexed by id: without gaps (a store that never deleted) the blocks already are.
        var length = ids[^1] + 1;
        if (length != ids.Length)
        {
            types = Scatter(ids, types, length, RelationshipColumns.NoRow);
            starts = Scatter(ids, starts, length, 0);
            ends = Scatter(ids, ends, length, 0);
            if (properties is { } records) properties = (Scatter(ids, records.RecordAt, length, NodePropertyBytes.NoRecord), records.Bytes);
        }
        graph.LoadRelationshipColumns(names, types, starts, ends, properties is { } loaded ? new NodePropertyBytes(loaded.Bytes, loaded.RecordAt, names) : null);
        return types;
    }

    private static int[] Scatter(int[] ids, int[] values, int length, int empty)
    {
        var dense = new int[length];
        if (empty != 0) dense.AsSpan().Fill(empty);
        for (var i = 0; i < ids.Length; i++) dense[ids[i]] = values[i];
        return dense;
    }

    /// <summary>The node section, read whole and parsed from memory (the records are format 2's).</summary>
    private static void ReadNodes(BinaryReader reader, GraphData graph, string[] names, long nextNodeId, SnapshotAdjacency adjacency)
    {
        var length = reader.ReadInt32();
        if (length < sizeof(long)) throw new InvalidDataException($"A node section of {length} bytes.");
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        reader.BaseStream.ReadExactly(bytes);
        var section = new SpanReader(bytes);
        var count = SnapshotFormat2.Count(section.ReadInt64(), nextNodeId);
        var labels = new List<string>();
        var recordAt = new int[nextNodeId];
        recordAt.AsSpan().Fill(NodePropertyBytes.NoRecord);
        var id = -1L;
        graph.BeginNodeColumns(nextNodeId);
        for (var i = 0; i < count; i++)
        {
            var next = id + section.Read7BitEncodedInt64();
            if (next <= id || next >= nextNodeId) throw new InvalidDataException($"Entity id {next} is out of order or beyond the id counter {nextNodeId}.");
            id = next;
            labels.Clear();
            for (int k = 0, labelCount = section.Read7BitEncodedInt(); k < labelCount; k++) labels.Add(names[section.Read7BitEncodedInt()]);
            // The properties stay bytes, decoded when read (see NodePropertyBytes): here only stepped over and checked.
            var at = section.Position;
            var propertyCount = section.Read7BitEncodedInt();
            if (propertyCount > 0) recordAt[id] = at;
            for (var k = 0; k < propertyCount; k++)
            {
                if ((uint)section.Read7BitEncodedInt() >= (uint)names.Length) throw new InvalidDataException($"Node {id} has a property key beyond the name table.");
                section.SkipValue();
            }
            graph.LoadNodeRow(id, labels);
        }
        if (!section.AtEnd) throw new InvalidDataException("The node section holds more than its nodes.");
        graph.LoadNodeColumns(new NodePropertyBytes(bytes, recordAt, names), adjacency);
    }

    private static void WriteAdjacency(BinaryWriter writer, GraphData graph, Dictionary<string, int> names, bool outgoing)
    {
        List<int> nodes = [], types = [], sizes = [], ids = [];
        foreach (var node in graph.LiveNodeRows())
            foreach (var (type, live) in graph.LiveGroups(node, outgoing))
            {
                nodes.Add(node.Id);
                types.Add(names[type]);
                sizes.Add(live.Count);
                ids.AddRange(live);
            }
        foreach (var block in new[] { nodes, types, sizes, ids })
        {
            writer.Write(block.Count);
            writer.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(block)));
        }
    }

    /// <summary>One direction's blocks as rows that loaded nodes make their adjacency from (checked here, made on first use).</summary>
    internal static AdjacencyRows BuildAdjacency((int[] Nodes, int[] Types, int[] Sizes, int[] Ids) blocks, GraphData graph, string[] names, long nextNodeId, int[] present)
    {
        var relationshipCount = graph.RelationshipCount;
        var (nodes, types, sizes, ids) = blocks;
        var groupStart = new int[nextNodeId + 1];
        var idStart = new int[nodes.Length + 1];
        for (var g = 0; g < nodes.Length; g++)
        {
            var node = nodes[g];
            if (g > 0 && node < nodes[g - 1]) throw new InvalidDataException($"Adjacency of node {node} after that of node {nodes[g - 1]}.");
            if (!graph.NodeRows!.Holds(node)) throw new InvalidDataException($"Adjacency of node {node}, which the snapshot does not hold.");
            if ((uint)types[g] >= (uint)names.Length) throw new InvalidDataException($"Adjacency group names type #{types[g]}, beyond the name table.");
            for (var earlier = g - 1; earlier >= 0 && nodes[earlier] == node; earlier--)
                if (types[earlier] == types[g]) throw new InvalidDataException($"Two adjacency groups of one type for node {node}.");
            if (sizes[g] <= 0 || sizes[g] > ids.Length - idStart[g]) throw new InvalidDataException($"Adjacency group of node {node} has size {sizes[g]}, beyond its block.");
            idStart[g + 1] = idStart[g] + sizes[g];
            groupStart[node + 1]++;
        }
        if (idStart[^1] != ids.Length) throw new InvalidDataException("The adjacency block holds more ids than its groups.");
        for (var n = 0; n < nextNodeId; n++) groupStart[n + 1] += groupStart[n];
        // Relationship columns without gaps hold every id in bounds: then the bound decides for the whole block.
        if (!(relationshipCount == present.Length && BlockChecks.AllWithin(ids, present.Length)))
            foreach (var id in ids)
                if ((uint)id >= (uint)present.Length || present[id] == RelationshipColumns.NoRow)
                    throw new InvalidDataException($"Adjacency lists relationship {id}, which the snapshot does not hold.");
        return new AdjacencyRows(names, groupStart, types, idStart, ids);
    }

    /// <summary>Every label, type and key, numbered in order of first use (rows still in columns stay there).</summary>
    internal static Dictionary<string, int> CollectNames(GraphData graph)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        void Note(string name) => names.TryAdd(name, names.Count);
        foreach (var node in graph.LiveNodeRows())
        {
            foreach (var label in node.Labels) Note(label);
            foreach (var key in node.Properties.Keys) Note(key);
        }
        foreach (var row in graph.RelationshipRows())
        {
            Note(row.Type);
            foreach (var key in graph.PropertiesOf(row).Keys) Note(key);
        }
        return names;
    }

    private static void WriteColumn(BinaryWriter writer, GraphData graph, int count, Func<RelationshipRow, int> field)
    {
        writer.Write(count);
        var chunk = new int[1 << 14];
        var filled = 0;
        var written = 0;
        foreach (var row in graph.RelationshipRows())
        {
            chunk[filled++] = field(row);
            if (filled < chunk.Length) continue;
            writer.Write(MemoryMarshal.AsBytes(chunk.AsSpan()));
            written += filled;
            filled = 0;
        }
        writer.Write(MemoryMarshal.AsBytes(chunk.AsSpan(0, filled)));
        written += filled;
        if (written != count) throw new InvalidOperationException($"The store counts {count} relationships but holds {written}.");
    }

    /// <summary>A block read whole into a new array; its length must be at most limit (or exactly it).</summary>
    internal static int[] ReadBlock(BinaryReader reader, long limit, bool exactly = false)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > limit || (exactly && length != limit))
            throw new InvalidDataException($"A block of {length} entries where {(exactly ? "exactly" : "at most")} {limit} belong.");
        SnapshotFormat2.RequireBytesLeft(reader, (long)length * sizeof(int));
        var values = GC.AllocateUninitializedArray<int>(length);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    internal static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Snapshot format 3 is read and written on little-endian machines only.");
    }
}
