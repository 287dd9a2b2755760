using System.Runtime.InteropServices;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Snapshot format 4 ("RGSNAP04"): format 3 with the nodes and index entries as blocks too, so that opening does
/// no work per node: it reads the label-set column, the property records' offsets and their bytes as they are
/// kept in memory (see <see cref="NodeColumns"/> and <see cref="NodePropertyBytes"/>), derives each label's
/// members from the label-set column by counting, and reads an integer-keyed index as its sorted entries
/// (see <see cref="IntegerIndexEntries"/>) instead of hashing every key - the persisted-index-page pattern
/// of disk databases, rather than rebuilding indexes at startup.
///
/// Layout after the header (little-endian; "7-bit" is .NET's variable-length integer, "name#" a position in
/// the name table; an int block is [element count: int32] then that many int32, a long block likewise with int64,
/// both written and read as raw bytes):
///   header, schema and name table as format 2 (<see cref="SnapshotFormat2"/>)
///   label sets: [count: 7-bit] then per set [label count: 7-bit][label name#s]
///   nodes, one entry per id below the next node id: [node count: int64]
///     [label-set numbers: int block, -1 where there is no node][record offsets: int block, -1 where the node has no properties]
///     [record bytes: byte count as int32, then the records, each format 2's [count: 7-bit] then per property [key name#][value: ValueCodec]]
///   index entries, per range index and unique constraint (constraints first, each in schema order): [kind: byte]
///     kind 0: none stored (keys other than integers, or several keys): opening fills the index from the records
///     kind 1: [keys: long block][node ids: int block of the same length], ordered by key then id
///   relationships: the four blocks of format 3 (<see cref="SnapshotFormat3"/>: ids, type name#s, starts, ends)
///   relationship properties as the nodes': [record offsets: int block, one per relationship of the blocks, -1 where it has none;
///     empty when none has any]
///     [record bytes: byte count as int32, then the records], decoded when a relationship is made (no object at open)
///   adjacency as format 3.
/// The file's checksum (see SnapshotFile) is computed in the pass that reads the blocks, each block's length bounded
/// by the bytes left, and must match before anything is built from them; opening checks the blocks' lengths,
/// label-set numbers, record offsets and index order, and decodes a record only when it is asked for.
/// Little-endian machines only, as format 3.
/// </summary>
internal static class SnapshotFormat4
{
    public const string Magic = "RGSNAP04";
    public const int Version = 4;
    private const byte NoEntries = 0;
    private const byte IntegerEntries = 1;

    public static void Write(BinaryWriter writer, GraphData graph)
    {
        SnapshotFormat3.RequireLittleEndian();
        writer.Write(graph.LastTransactionId);
        writer.Write(graph.NextNodeId);
        writer.Write(graph.NextRelationshipId);
        SnapshotFormat2.WriteSchema(writer, graph);
        var names = SnapshotFormat3.CollectNames(graph);
        writer.Write7BitEncodedInt(names.Count);
        foreach (var (name, _) in names.OrderBy(entry => entry.Value)) writer.Write(name);

        WriteNodes(writer, graph, names);
        foreach (var index in graph.PropertyIndexes) WriteEntries(writer, graph, index);
        SnapshotFormat3.WriteRelationshipBlocks(writer, graph, names);
        WriteRelationshipRecords(writer, graph, names);
        SnapshotFormat3.WriteAdjacencyBlocks(writer, graph, names);
    }

    /// <summary>
    /// Reads every block (each bounded by the bytes left in the file) and checks what needs no more than the blocks;
    /// returns the step that builds the graph's columns from them, which the caller runs once the checksum matched,
    /// so that damage never sizes what is built (a gap-filled column may be as long as the id counter says).
    /// </summary>
    public static Action Read(BinaryReader reader, GraphData graph)
    {
        var (nextNodeId, nextRelationshipId, names) = SnapshotFormat3.ReadHeader(reader, graph);

        var labelSets = ReadLabelSets(reader, graph, names);
        var nodeCount = reader.ReadInt64();
        var labelSetOf = SnapshotFormat3.ReadBlock(reader, nextNodeId, exactly: true);
        var recordAt = SnapshotFormat3.ReadBlock(reader, nextNodeId, exactly: true);
        var recordBytes = ReadBytes(reader);
        CheckNodes(labelSetOf, recordAt, labelSets.Length, recordBytes.Length, nodeCount);
        var stored = graph.PropertyIndexes.Select(index => ReadEntries(reader, index, labelSets, labelSetOf)).ToList();

        var (ids, types, starts, ends) = SnapshotFormat3.ReadRelationshipBlocks(reader, nextRelationshipId);
        var relationshipRecordAt = SnapshotFormat3.ReadBlock(reader, ids.Length);
        if (relationshipRecordAt.Length != 0 && relationshipRecordAt.Length != ids.Length)
            throw new InvalidDataException($"{relationshipRecordAt.Length} relationship record offsets for {ids.Length} relationships.");
        var relationshipRecords = ReadBytes(reader);
        if (!BlockChecks.AllWithinOrMinusOne(relationshipRecordAt, relationshipRecords.Length))
            throw new InvalidDataException($"A relationship's properties lie beyond the {relationshipRecords.Length} bytes stored.");
        var outgoing = SnapshotFormat3.ReadAdjacencyBlocks(reader, names, nextNodeId, ids.Length);
        var incoming = SnapshotFormat3.ReadAdjacencyBlocks(reader, names, nextNodeId, ids.Length);

        return () =>
        {
            var adjacency = new SnapshotAdjacency();
            graph.LoadNodeColumns(labelSets, labelSetOf, new NodePropertyBytes(recordBytes, recordAt, names), adjacency, stored);
            var present = SnapshotFormat3.LoadRelationships(graph, names, ids, types, starts, ends, nextRelationshipId,
                relationshipRecordAt.Length == 0 ? null : (relationshipRecordAt, relationshipRecords));
            adjacency.Outgoing = SnapshotFormat3.BuildAdjacency(outgoing, graph, names, nextNodeId, present);
            adjacency.Incoming = SnapshotFormat3.BuildAdjacency(incoming, graph, names, nextNodeId, present);
        };
    }

    /// <summary>Relationship properties as node properties are kept: one record offset per relationship of the blocks (-1: none), then the records.</summary>
    private static void WriteRelationshipRecords(BinaryWriter writer, GraphData graph, Dictionary<string, int> names)
    {
        var recordAt = new List<int>(SnapshotFormat2.Count(graph.RelationshipCount, int.MaxValue));
        using var records = new MemoryStream();
        using (var recordWriter = new BinaryWriter(records, System.Text.Encoding.UTF8, leaveOpen: true))
            foreach (var row in graph.RelationshipRows())
            {
                var properties = graph.PropertiesOf(row);
                if (properties.Count == 0)
                {
                    recordAt.Add(NodePropertyBytes.NoRecord);
                    continue;
                }
                recordWriter.Flush();
                recordAt.Add(checked((int)records.Length));
                SnapshotFormat2.WriteProperties(recordWriter, properties, names);
            }
        // No relationship with properties (a common graph): an empty block rather than a million -1s to read.
        if (records.Length == 0) recordAt.Clear();
        writer.Write(recordAt.Count);
        writer.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(recordAt)));
        writer.Write(checked((int)records.Length));
        writer.Write(records.GetBuffer().AsSpan(0, (int)records.Length));
    }

    private static void WriteNodes(BinaryWriter writer, GraphData graph, Dictionary<string, int> names)
    {
        var length = checked((int)graph.NextNodeId);
        var labelSetOf = new int[length];
        var recordAt = new int[length];
        labelSetOf.AsSpan().Fill(NodeColumns.NoRow);
        recordAt.AsSpan().Fill(NodePropertyBytes.NoRecord);
        var sets = new Dictionary<string, (int Number, IReadOnlyCollection<string> Labels)>(StringComparer.Ordinal);
        // Nodes share label-set objects (the store hands one set to every node created with the same labels): the
        // set's number is found by its object first, so a million nodes do not each build a sorted key string.
        var numberOfSet = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        using var records = new MemoryStream();
        using var recordWriter = new BinaryWriter(records, System.Text.Encoding.UTF8, leaveOpen: true);
        var written = 0L;
        foreach (var node in graph.LiveNodeRows())
        {
            if (!numberOfSet.TryGetValue(node.Labels, out var number))
            {
                var key = string.Join('\0', node.Labels.Order(StringComparer.Ordinal));
                if (!sets.TryGetValue(key, out var set)) sets[key] = set = (sets.Count, node.Labels);
                numberOfSet[node.Labels] = number = set.Number;
            }
            labelSetOf[node.Id] = number;
            if (node.Properties.Count > 0)
            {
                recordWriter.Flush();
                recordAt[node.Id] = checked((int)records.Length);
                SnapshotFormat2.WriteProperties(recordWriter, node.Properties, names);
            }
            written++;
        }
        recordWriter.Flush();
        if (written != graph.NodeCount) throw new InvalidOperationException($"The store counts {graph.NodeCount} nodes but holds {written}.");

        writer.Write7BitEncodedInt(sets.Count);
        foreach (var (_, labels) in sets.Values.OrderBy(set => set.Number))
        {
            writer.Write7BitEncodedInt(labels.Count);
            foreach (var label in labels) writer.Write7BitEncodedInt(names[label]);
        }
        writer.Write(written);
        WriteBlock(writer, labelSetOf);
        WriteBlock(writer, recordAt);
        writer.Write(checked((int)records.Length));
        writer.Write(records.GetBuffer().AsSpan(0, (int)records.Length));
    }

    /// <summary>The index's entries as integer blocks when it has one key and every value of it is an integer; else kind 0.</summary>
    private static void WriteEntries(BinaryWriter writer, GraphData graph, PropertyIndex index)
    {
        if (index.Keys.Count != 1)
        {
            writer.Write(NoEntries);
            return;
        }
        var keys = new List<long>();
        var ids = new List<int>();
        foreach (var (id, value) in graph.LiveNodeValues(index.Label, index.Keys[0]))
        {
            if (value is null) continue;
            if (value is not long integer)
            {
                writer.Write(NoEntries);
                return;
            }
            keys.Add(integer);
            ids.Add(id);
        }
        var keyArray = keys.ToArray();
        var idArray = ids.ToArray();
        Array.Sort(keyArray, idArray);
        // The sort is not stable: put each run of one key back in id order.
        for (var start = 0; start < keyArray.Length;)
        {
            var end = start + 1;
            while (end < keyArray.Length && keyArray[end] == keyArray[start]) end++;
            if (end - start > 1) Array.Sort(idArray, start, end - start);
            start = end;
        }
        writer.Write(IntegerEntries);
        writer.Write(keyArray.Length);
        writer.Write(MemoryMarshal.AsBytes(keyArray.AsSpan()));
        WriteBlock(writer, idArray);
    }

    private static HashSet<string>[] ReadLabelSets(BinaryReader reader, GraphData graph, string[] names)
    {
        var setCount = SnapshotFormat2.Count(reader.Read7BitEncodedInt(), int.MaxValue);
        SnapshotFormat2.RequireBytesLeft(reader, setCount); // each set takes a byte at least
        var sets = new HashSet<string>[setCount];
        var labels = new List<string>();
        for (var s = 0; s < sets.Length; s++)
        {
            labels.Clear();
            for (int k = 0, count = reader.Read7BitEncodedInt(); k < count; k++)
            {
                var name = reader.Read7BitEncodedInt();
                if ((uint)name >= (uint)names.Length) throw new InvalidDataException($"Label set #{s} names label #{name}, beyond the name table.");
                labels.Add(names[name]);
            }
            sets[s] = graph.SharedLabelSet(labels);
        }
        return sets;
    }

    /// <summary>Every label-set number names a set, every offset lies in the record bytes and belongs to a node, and the nodes are as many as counted.</summary>
    private static void CheckNodes(int[] labelSetOf, int[] recordAt, int setCount, int byteCount, long nodeCount)
    {
        var present = 0L;
        for (var id = 0; id < labelSetOf.Length; id++)
        {
            var set = labelSetOf[id];
            var at = recordAt[id];
            if (set == NodeColumns.NoRow)
            {
                if (at != NodePropertyBytes.NoRecord) throw new InvalidDataException($"Properties for node {id}, which the snapshot does not hold.");
                continue;
            }
            if ((uint)set >= (uint)setCount) throw new InvalidDataException($"Node {id} names label set #{set}, beyond the {setCount} stored.");
            if (at != NodePropertyBytes.NoRecord && (uint)at >= (uint)byteCount) throw new InvalidDataException($"Node {id} has its properties at byte {at}, beyond the {byteCount} stored.");
            present++;
        }
        if (present != nodeCount) throw new InvalidDataException($"The snapshot counts {nodeCount} nodes but holds {present}.");
    }

    /// <summary>One index's stored entries (null: none stored), checked to name nodes that have the index's label.</summary>
    private static IntegerIndexEntries? ReadEntries(BinaryReader reader, PropertyIndex index, HashSet<string>[] labelSets, int[] labelSetOf)
    {
        var kind = reader.ReadByte();
        if (kind == NoEntries) return null;
        if (kind != IntegerEntries || index.Keys.Count != 1) throw new InvalidDataException($"Index entries of kind {kind} for an index on {index.Keys.Count} key(s).");
        var count = reader.ReadInt32();
        if (count < 0 || count > labelSetOf.Length) throw new InvalidDataException($"An index of {count} entries for {labelSetOf.Length} node ids.");
        SnapshotFormat2.RequireBytesLeft(reader, (long)count * sizeof(long));
        var keys = GC.AllocateUninitializedArray<long>(count);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var ids = SnapshotFormat3.ReadBlock(reader, count, exactly: true);
        var labelled = labelSets.Select(set => set.Contains(index.Label)).ToArray();
        foreach (var id in ids)
            if ((uint)id >= (uint)labelSetOf.Length || labelSetOf[id] == NodeColumns.NoRow || !labelled[labelSetOf[id]])
                throw new InvalidDataException($"Index {index.Label}({index.Keys[0]}) lists node {id}, which the snapshot does not hold with that label.");
        return new IntegerIndexEntries(keys, ids);
    }

    private static byte[] ReadBytes(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (length < 0 || length > left) throw new InvalidDataException($"A section of {length} bytes where {left} are left.");
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        reader.BaseStream.ReadExactly(bytes);
        return bytes;
    }

    private static void WriteBlock(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }
}
