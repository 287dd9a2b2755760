using System.Text;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// The whole graph in one file: a header (magic of 8 ASCII bytes naming the format, then the format
/// version as int32), the graph in that format, then a CRC-32 of everything before it. Written in format 4
/// (<see cref="SnapshotFormat4"/>: nodes, index entries, relationships and adjacency as blocks); formats 1 to 3
/// (<see cref="SnapshotFormat1"/>, <see cref="SnapshotFormat2"/>, <see cref="SnapshotFormat3"/>) still open,
/// and the next checkpoint rewrites them as format 4. Written atomically (temporary file, fsync, rename over the old one, fsync of the directory), so a crash
/// leaves the old snapshot or the new one. Loading checks the checksum over the whole file before reading
/// any of it (format 4: in the same pass, nothing it read counting until the checksum matches), and reports
/// any failure as damage naming the file and offset.
/// </summary>
internal static class SnapshotFile
{
    public const string FileName = "graph.snapshot";
    private const int MagicLength = 8;
    private const int ChecksumSize = 4;

    /// <summary>Writes the graph's snapshot in place of the last one (see Checkpoint); the bytes written.</summary>
    public static long Write(IStorageFileSystem files, string directory, GraphData graph)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        long written;
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
                written = file.Length;
            }
            files.Replace(temporary, path);
        }
        catch
        {
            try { files.Delete(temporary); } catch (IOException) { /* removed at the next opening */ }
            throw;
        }
        files.SyncDirectory(directory);
        return written;
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
        if (contentLength < MagicLength + sizeof(int))
            throw new DamagedStoreException(path, Math.Max(0, contentLength + ChecksumSize), "too short to be a snapshot");
        if (IsFormat4(file))
        {
            LoadCheckingAsRead(file, path, contentLength, graph);
            return true;
        }
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

    /// <summary>
    /// Format 4 is read and checked in one pass (its readers bound every allocation by the bytes left, so damage
    /// cannot make them allocate beyond the file); what it loaded counts only once the checksum matches, and a
    /// failure while reading is reported as the checksum's mismatch when there is one, as if it had been checked first.
    /// Older formats are checked whole before they are read.
    /// </summary>
    private static void LoadCheckingAsRead(IStorageFile file, string path, long contentLength, GraphData graph)
    {
        var checksummed = new ChecksummingReadStream(new StorageFileStream(file), contentLength);
        var buffered = new BufferedStream(checksummed, 1 << 16); // not disposed: that would seek back over what it buffered; the caller closes the file
        Action build;
        try
        {
            using (var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true))
            {
                reader.ReadBytes(MagicLength + sizeof(int)); // the header IsFormat4 read
                build = SnapshotFormat4.Read(reader, graph);
            }
            if (buffered.Position != contentLength) throw new InvalidDataException("the graph ends before the checksum");
        }
        catch (Exception e) when (e is not DamagedStoreException)
        {
            if (!checksummed.ReadToEnd() || checksummed.Crc != StoredChecksum(file, contentLength)) throw ChecksumMismatch(path, contentLength);
            if (e is OutOfMemoryException) throw;
            throw new DamagedStoreException(path, buffered.Position, e.Message, e);
        }
        if (checksummed.Crc != StoredChecksum(file, contentLength)) throw ChecksumMismatch(path, contentLength);
        try { build(); }
        catch (Exception e) when (e is not (OutOfMemoryException or DamagedStoreException))
        {
            throw new DamagedStoreException(path, contentLength, e.Message, e);
        }
    }

    private static bool IsFormat4(IStorageFile file)
    {
        Span<byte> header = stackalloc byte[MagicLength + sizeof(int)];
        return file.Read(0, header) == header.Length && header[..MagicLength].SequenceEqual(Encoding.ASCII.GetBytes(SnapshotFormat4.Magic))
            && BitConverter.ToInt32(header[MagicLength..]) == SnapshotFormat4.Version;
    }

    private static uint StoredChecksum(IStorageFile file, long contentLength)
    {
        Span<byte> stored = stackalloc byte[ChecksumSize];
        return file.Read(contentLength, stored) == ChecksumSize ? BitConverter.ToUInt32(stored) : 0;
    }

    private static DamagedStoreException ChecksumMismatch(string path, long contentLength) =>
        new(path, contentLength, "the checksum stored here does not match the snapshot's contents (damaged or truncated)");

    private static void VerifyChecksum(IStorageFile file, string path, long contentLength)
    {
        var chunk = new byte[1 << 20];
        var crc = new System.IO.Hashing.Crc32(); // vectorised; the same CRC-32 as Crc32
        for (long position = 0; position < contentLength;)
        {
            var read = file.Read(position, chunk.AsSpan(0, (int)Math.Min(chunk.Length, contentLength - position)));
            if (read == 0) throw new DamagedStoreException(path, position, "the file ended while being read");
            crc.Append(chunk.AsSpan(0, read));
            position += read;
        }
        if (StoredChecksum(file, contentLength) != crc.GetCurrentHashAsUInt32()) throw ChecksumMismatch(path, contentLength);
    }

    private static void WriteGraph(BinaryWriter writer, GraphData graph)
    {
        writer.Write(Encoding.ASCII.GetBytes(SnapshotFormat4.Magic));
        writer.Write(SnapshotFormat4.Version);
        SnapshotFormat4.Write(writer, graph);
    }

    /// <summary>Formats 1 to 3, once the checksum is verified (format 4: see LoadCheckingAsRead).</summary>
    private static void ReadGraph(BinaryReader reader, GraphData graph)
    {
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(MagicLength));
        var version = reader.ReadInt32();
        if (magic == SnapshotFormat3.Magic && version == SnapshotFormat3.Version) SnapshotFormat3.Read(reader, graph);
        else if (magic == SnapshotFormat2.Magic && version == SnapshotFormat2.Version) SnapshotFormat2.Read(reader, graph);
        else if (magic == SnapshotFormat1.Magic && version == SnapshotFormat1.Version) SnapshotFormat1.Read(reader, graph);
        else if (magic is SnapshotFormat1.Magic or SnapshotFormat2.Magic or SnapshotFormat3.Magic or SnapshotFormat4.Magic) throw new InvalidDataException($"Unsupported snapshot version {version}.");
        else throw new InvalidDataException("Not a RelationsGraph snapshot.");
    }
}
