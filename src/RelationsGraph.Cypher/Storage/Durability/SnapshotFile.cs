using System.Text;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// The whole graph in one file: header, schema, nodes, relationships, then a CRC-32 of everything before it.
/// Written to a temporary file, fsynced and renamed over the old one, so a crash leaves the old or the new.
/// </summary>
internal static class SnapshotFile
{
    public const string FileName = "graph.snapshot";
    private const string Magic = "RGSNAP01";
    private const int Version = 1;

    public static void Write(string directory, GraphData graph)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var checksummed = new ChecksummedStream(file);
            using (var writer = new BinaryWriter(checksummed, Encoding.UTF8, leaveOpen: true))
            {
                WriteGraph(writer, graph);
                writer.Flush();
            }
            file.Write(BitConverter.GetBytes(checksummed.Crc));
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        FileSync.Directory(directory);
    }

    /// <summary>Loads the snapshot into an empty graph; false when there is none yet.</summary>
    public static bool TryLoad(string directory, GraphData graph)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        File.Delete(path + ".tmp"); // an interrupted checkpoint: the previous snapshot and the log still hold everything
        if (!File.Exists(path)) return false;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var checksummed = new ChecksummedStream(file);
        using (var reader = new BinaryReader(checksummed, Encoding.UTF8, leaveOpen: true))
            ReadGraph(reader, graph);
        var expected = checksummed.Crc;
        Span<byte> stored = stackalloc byte[4];
        file.ReadExactly(stored);
        if (BitConverter.ToUInt32(stored) != expected)
            throw new InvalidDataException($"The snapshot '{path}' is corrupt (checksum mismatch).");
        return true;
    }

    private static void WriteGraph(BinaryWriter writer, GraphData graph)
    {
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(graph.LastTransactionId);
        writer.Write(graph.NextNodeId);
        writer.Write(graph.NextRelationshipId);

        var indexes = graph.IndexDescriptors.ToList();
        writer.Write(indexes.Count);
        foreach (var index in indexes) RedoBuffer.WriteSchema(writer, index.Name, index.Label, index.Properties);
        var constraints = graph.ConstraintDescriptors.ToList();
        writer.Write(constraints.Count);
        foreach (var constraint in constraints) RedoBuffer.WriteSchema(writer, constraint.Name, constraint.Label, constraint.Properties);

        writer.Write(graph.NodeCount);
        foreach (var node in graph.Nodes)
        {
            writer.Write(node.Id);
            ValueCodec.WriteStrings(writer, node.LabelSet);
            ValueCodec.WriteProperties(writer, node.Properties);
        }
        writer.Write(graph.RelationshipCount);
        foreach (var relationship in graph.Relationships)
        {
            writer.Write(relationship.Id);
            writer.Write(relationship.Type);
            writer.Write(relationship.Start.Id);
            writer.Write(relationship.End.Id);
            ValueCodec.WriteProperties(writer, relationship.Properties);
        }
    }

    private static void ReadGraph(BinaryReader reader, GraphData graph)
    {
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
            throw new InvalidDataException("Not a RelationsGraph snapshot.");
        var version = reader.ReadInt32();
        if (version != Version) throw new InvalidDataException($"Unsupported snapshot version {version}.");
        graph.LastTransactionId = reader.ReadInt64();
        graph.RestoreIdCounters(reader.ReadInt64(), reader.ReadInt64());

        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddIndex(new IndexDescriptor(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
        for (int i = 0, count = reader.ReadInt32(); i < count; i++)
            graph.AddConstraint(new ConstraintDescriptor(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));

        for (long i = 0, count = reader.ReadInt64(); i < count; i++)
            graph.NewNode(reader.ReadInt64(), ValueCodec.ReadStrings(reader), ValueCodec.ReadProperties(reader));
        for (long i = 0, count = reader.ReadInt64(); i < count; i++)
        {
            var id = reader.ReadInt64();
            var type = reader.ReadString();
            var start = graph.GetNode(reader.ReadInt64()) ?? throw new InvalidDataException("Snapshot relationship refers to a missing node.");
            var end = graph.GetNode(reader.ReadInt64()) ?? throw new InvalidDataException("Snapshot relationship refers to a missing node.");
            graph.NewRelationship(id, type, start, end, ValueCodec.ReadProperties(reader));
        }
    }
}
