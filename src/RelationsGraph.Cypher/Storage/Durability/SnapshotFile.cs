using System.Text;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// The whole graph in one file: header, schema, nodes, relationships, then a CRC-32 of everything before it.
/// Written atomically (temporary file, fsync, rename over the old one, fsync of the directory), so a crash
/// leaves the old snapshot or the new one. Loading checks the checksum over the whole file before reading
/// any of it, and reports any failure as damage naming the file and offset.
/// </summary>
internal static class SnapshotFile
{
    public const string FileName = "graph.snapshot";
    private const string Magic = "RGSNAP01";
    private const int Version = 1;
    private const int ChecksumSize = 4;

    public static void Write(IStorageFileSystem files, string directory, GraphData graph)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        try
        {
            using (var file = files.OpenWrite(temporary, truncate: true))
            {
                using (var buffered = new BufferedStream(new StorageFileStream(file), 1 << 16))
                {
                    var checksummed = new ChecksummedStream(buffered);
                    using (var writer = new BinaryWriter(checksummed, Encoding.UTF8, leaveOpen: true))
                    {
                        WriteGraph(writer, graph);
                        writer.Flush();
                    }
                    buffered.Write(BitConverter.GetBytes(checksummed.Crc));
                    buffered.Flush();
                }
                file.Sync();
            }
            files.Replace(temporary, path);
        }
        catch
        {
            try { files.Delete(temporary); } catch (IOException) { /* removed at the next opening */ }
            throw;
        }
        files.SyncDirectory(directory);
    }

    /// <summary>Loads the snapshot into an empty graph; false when there is none.</summary>
    public static bool TryLoad(IStorageFileSystem files, string directory, GraphData graph, bool removeLeftovers)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        // An interrupted checkpoint's temporary files: the previous snapshot and the log still hold everything.
        if (removeLeftovers)
            foreach (var leftover in new[] { path + ".tmp", System.IO.Path.Combine(directory, DurableLog.LogFileName + ".tmp") })
                if (files.Exists(leftover)) files.Delete(leftover);
        if (!files.Exists(path)) return false;

        using var file = files.OpenRead(path);
        var contentLength = file.Length - ChecksumSize;
        if (contentLength < Magic.Length + sizeof(int))
            throw new DamagedStoreException(path, Math.Max(0, contentLength + ChecksumSize), "too short to be a snapshot");
        VerifyChecksum(file, path, contentLength);

        using var buffered = new BufferedStream(new StorageFileStream(file), 1 << 16);
        try
        {
            using (var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true))
                ReadGraph(reader, graph);
            if (buffered.Position != contentLength) throw new InvalidDataException("the graph ends before the checksum");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or DamagedStoreException))
        {
            throw new DamagedStoreException(path, buffered.Position, e.Message, e);
        }
        return true;
    }

    private static void VerifyChecksum(IStorageFile file, string path, long contentLength)
    {
        var chunk = new byte[1 << 16];
        uint crc = 0;
        for (long position = 0; position < contentLength;)
        {
            var read = file.Read(position, chunk.AsSpan(0, (int)Math.Min(chunk.Length, contentLength - position)));
            if (read == 0) throw new DamagedStoreException(path, position, "the file ended while being read");
            crc = Crc32.Append(crc, chunk.AsSpan(0, read));
            position += read;
        }
        Span<byte> stored = stackalloc byte[ChecksumSize];
        file.Read(contentLength, stored);
        if (BitConverter.ToUInt32(stored) != crc)
            throw new DamagedStoreException(path, contentLength, "the checksum stored here does not match the snapshot's contents (damaged or truncated)");
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
        foreach (var index in indexes) RedoBuffer.WriteSchema(writer, index.Name, index.StoredLabel, index.Properties);
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
            graph.AddIndex(IndexDescriptor.FromStored(reader.ReadString(), reader.ReadString(), ValueCodec.ReadStrings(reader)));
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
