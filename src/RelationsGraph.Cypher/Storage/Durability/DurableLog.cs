using System.Buffers.Binary;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// A data directory: the lock file, the latest snapshot and the write-ahead log of the transactions
/// committed since (the recovery rule of SQLite's WAL and Neo4j's transaction log).
///
/// Log format (little-endian). File header, 20 bytes: magic "RGWAL002", the base transaction id (that of
/// the snapshot the log follows), CRC-32 of those 16 bytes. Then records, one per transaction:
/// [payload length: int32][CRC-32 of payload: uint32][CRC-32 of the previous 8 bytes: uint32][payload],
/// the payload being [transaction id: int64][redo operations]. Ids run base+1, base+2, ... without gaps.
///
/// Commit: the record is written at the durable end with pwrite (no user-space buffer) and fsynced; only
/// then is the commit acknowledged. If either fails, the file is cut back to the durable end and fsynced,
/// the caller rolls memory back, and the transaction id is free again because nothing carries it. If even
/// the cut fails, the log refuses every later write rather than risk appending after unknown bytes.
///
/// Opening reads the snapshot, then the log. A torn tail is what an interrupted append leaves: fewer bytes
/// than a record header, a header whose length runs past end of file, or zeros to end of file where a
/// header should be. Such a tail was never acknowledged, so it is ignored, and cut when opening for writing.
/// Anything else that fails a check (a bad checksum, an id out of sequence, a record that does not apply)
/// is damage, even in the last record: opening fails with the file and byte offset, because the damaged
/// record, or records after it, may be acknowledged transactions. With Recover the store keeps the records
/// before the damage, saves the rest to a side file and reports it. Read-only opening changes no data file.
/// No check can see a log cut exactly at a record boundary (or deleted while a snapshot remains): it reads
/// as a shorter log. A log cut inside a record reads as a torn tail.
/// </summary>
internal sealed class DurableLog : IDisposable
{
    public const string LogFileName = "graph.wal";
    public const int FileHeaderSize = 20;
    public const int RecordHeaderSize = 12;
    private static readonly byte[] Magic = "RGWAL002"u8.ToArray();

    private readonly FileStream? directoryLock;
    private readonly IStorageFileSystem files;
    private readonly GraphStoreOptions options;
    private IStorageFile? logFile; // null only when opened read-only on a directory without a log
    private long durableEnd;
    private bool directorySyncPending; // a new log was renamed into place but its directory entry is not yet fsynced
    private string? refusal;
    // The record being appended, kept for the next commit: a bulk load commits megabytes a batch, and a new array
    // (two, with the payload's) per commit was large-object churn that brought on full collections.
    private byte[] recordBuffer = [];
    private const int KeptRecordBytes = 16 << 20; // a larger record's buffer is let go after its append

    private DurableLog(string directory, FileStream? directoryLock, GraphStoreOptions options)
    {
        Directory = directory; this.directoryLock = directoryLock; this.options = options; files = options.FileSystem;
    }

    public string Directory { get; }
    public string LogPath => System.IO.Path.Combine(Directory, LogFileName);
    /// <summary>What Recover dropped, for the caller to report; null when nothing was.</summary>
    public string? RecoveryReport { get; private set; }
    /// <summary>Bytes of a torn tail found at opening (ignored, and cut unless read-only).</summary>
    public long TornTailBytes { get; private set; }

    /// <summary>Locks the directory and recovers the graph: the snapshot, then every log record after it.</summary>
    public static DurableLog Open(string directory, GraphData graph, GraphStoreOptions options)
    {
        directory = System.IO.Path.GetFullPath(directory);
        if (options.ReadOnly && !System.IO.Directory.Exists(directory)) return new DurableLog(directory, null, options);
        if (!options.ReadOnly) System.IO.Directory.CreateDirectory(directory);
        var log = new DurableLog(directory, DirectoryLock.Acquire(directory, shared: options.ReadOnly), options);
        try
        {
            var hasSnapshot = SnapshotFile.TryLoad(log.files, directory, graph, removeLeftovers: !options.ReadOnly);
            log.Recover(graph, hasSnapshot);
            return log;
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>Appends one transaction record and fsyncs; on failure nothing of it is left in the log.</summary>
    /// <remarks>
    /// The payload (the transaction's number, then its operations) is laid out straight into the kept record
    /// buffer after the record header.
    /// </remarks>
    public void Append(long transactionId, ReadOnlySpan<byte> operations)
    {
        var payloadLength = sizeof(long) + operations.Length;
        var length = RecordHeaderSize + payloadLength;
        if (recordBuffer.Length < length) recordBuffer = new byte[Math.Max(length, (int)Math.Min(Array.MaxLength, 2L * recordBuffer.Length))];
        var record = recordBuffer.AsSpan(0, length);
        BitConverter.TryWriteBytes(record[RecordHeaderSize..], transactionId);
        operations.CopyTo(record[(RecordHeaderSize + sizeof(long))..]);
        WriteRecordHeader(record);
        try { AppendRecord(record); }
        finally
        {
            if (recordBuffer.Length > KeptRecordBytes) recordBuffer = [];
        }
    }

    private void AppendRecord(ReadOnlySpan<byte> record)
    {
        if (options.ReadOnly) throw new InvalidOperationException("The store was opened read-only.");
        if (refusal is not null) throw new IOException(refusal);
        if (directorySyncPending)
        {
            files.SyncDirectory(Directory); // the log's own directory entry must be durable before anything in it counts
            directorySyncPending = false;
        }
        try
        {
            logFile!.Write(durableEnd, record);
            logFile.Sync();
        }
        catch (IOException failure)
        {
            try
            {
                logFile!.SetLength(durableEnd);
                logFile.Sync();
            }
            catch (IOException undo)
            {
                refusal = $"The store refuses further writes: after a failed commit ({failure.Message}), {LogPath} could not be cut back to byte {durableEnd} ({undo.Message}). That commit's outcome is unknown; reopen the store.";
                throw new IOException(refusal, failure);
            }
            throw new IOException($"The commit could not be made durable in {LogPath} and was rolled back: {failure.Message}", failure);
        }
        durableEnd += record.Length;
    }

    public void CheckpointIfLarge(GraphData graph)
    {
        if (durableEnd > (options.CheckpointThresholdBytes ?? Math.Max(options.CheckpointFloorBytes, lastSnapshotBytes))) Checkpoint(graph);
    }

    private long lastSnapshotBytes; // of the snapshot this store wrote last (0 before its first checkpoint)

    /// <summary>
    /// Writes a snapshot (temporary file, fsync, rename, fsync of the directory), then starts an empty log
    /// the same way. A failure at any step leaves the old log in place, which with either snapshot recovers
    /// everything: its records up to the new snapshot's transaction are skipped on replay.
    /// </summary>
    public void Checkpoint(GraphData graph)
    {
        if (options.ReadOnly) throw new InvalidOperationException("The store was opened read-only.");
        if (refusal is not null) throw new IOException(refusal);
        lastSnapshotBytes = SnapshotFile.Write(files, Directory, graph);
        StartEmptyLog(graph.LastTransactionId);
    }

    public void Dispose()
    {
        logFile?.Dispose();
        directoryLock?.Dispose();
    }

    public static byte[] FileHeader(long baseTransactionId)
    {
        var header = new byte[FileHeaderSize];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), baseTransactionId);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), Crc32.Compute(header.AsSpan(0, 16)));
        return header;
    }

    public static bool TryReadFileHeader(ReadOnlySpan<byte> header, out long baseTransactionId, out string? problem)
    {
        baseTransactionId = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        problem = !header[..8].SequenceEqual(Magic) ? "not a RelationsGraph log of format 2 (file header magic mismatch)"
            : Crc32.Compute(header[..16]) != BinaryPrimitives.ReadUInt32LittleEndian(header[16..]) ? "file header checksum mismatch"
            : null;
        return problem is null;
    }

    /// <summary>Fills the header of a record whose payload is already in place after it: length, payload checksum, header checksum.</summary>
    private static void WriteRecordHeader(Span<byte> record)
    {
        var payload = record[RecordHeaderSize..];
        BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32.Compute(payload));
        BinaryPrimitives.WriteUInt32LittleEndian(record[8..], Crc32.Compute(record[..8]));
    }

    public static bool TryReadRecordHeader(ReadOnlySpan<byte> header, out int payloadLength, out uint payloadChecksum)
    {
        payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header);
        payloadChecksum = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        return Crc32.Compute(header[..8]) == BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
    }

    private void Recover(GraphData graph, bool hasSnapshot)
    {
        if (!files.Exists(LogPath))
        {
            if (!options.ReadOnly) StartEmptyLog(graph.LastTransactionId);
            return;
        }
        logFile = options.ReadOnly ? files.OpenRead(LogPath) : files.OpenWrite(LogPath, truncate: false);
        var snapshotTransactionId = graph.LastTransactionId;
        CheckAgainstSnapshot(hasSnapshot, snapshotTransactionId); // before replay applies records to the wrong base
        var legacy = LegacyLog.Recognise(logFile);
        var scan = legacy ? LegacyLog.Scan(logFile, Replay) : LogScanner.Scan(logFile, Replay);

        durableEnd = scan.IntactLength;
        switch (scan.Ending)
        {
            case LogScanner.Ending.Damaged when !options.Recover:
                throw new DamagedStoreException(LogPath, scan.IntactLength, scan.Problem!);
            case LogScanner.Ending.Damaged:
                RecoveryReport = $"{LogPath}: damaged at byte {scan.IntactLength} ({scan.Problem}); kept the transactions up to {graph.LastTransactionId}, " +
                    $"dropped bytes {scan.IntactLength}..{scan.Length}" + (options.ReadOnly ? " (read-only: the file was left as it is)" : $", saved to {SaveDroppedBytes(scan.IntactLength, scan.Length)}");
                break;
            case LogScanner.Ending.TornTail:
                TornTailBytes = scan.Length - scan.IntactLength;
                break;
        }
        if (options.ReadOnly) return;
        if (legacy)
            Checkpoint(graph); // converts the store: everything replayed goes into a snapshot, followed by a log of the current format
        else if (scan.BaseTransactionId is null || (scan.LastTransactionId ?? 0) < graph.LastTransactionId)
            StartEmptyLog(graph.LastTransactionId); // header torn or dropped, or every record already in the snapshot
        else if (scan.IntactLength < scan.Length)
        {
            logFile.SetLength(scan.IntactLength);
            logFile.Sync();
        }

        string? Replay(long offset, long transactionId, byte[] payload)
        {
            if (transactionId <= graph.LastTransactionId) return null; // already in the snapshot (a checkpoint was cut short)
            try { RedoReplayer.Apply(graph, payload); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Checksummed yet inapplicable: half of it may be in memory already, so not even Recover can keep going.
                throw new DamagedStoreException(LogPath, offset, $"transaction {transactionId} does not apply: {e.Message}", e);
            }
            graph.LastTransactionId = transactionId;
            return null;
        }
    }

    /// <summary>The log says which snapshot it follows; a missing or older one would silently lose transactions.</summary>
    private void CheckAgainstSnapshot(bool hasSnapshot, long snapshotTransactionId)
    {
        Span<byte> header = stackalloc byte[FileHeaderSize];
        if (logFile!.Read(0, header) < FileHeaderSize || !TryReadFileHeader(header, out var logBase, out _)) return; // the scan reports it
        if (logBase <= snapshotTransactionId) return;
        var snapshotPath = System.IO.Path.Combine(Directory, SnapshotFile.FileName);
        throw new DamagedStoreException(snapshotPath, null, hasSnapshot
            ? $"holds transactions up to {snapshotTransactionId}, but {LogFileName} continues from transaction {logBase}: the snapshot is out of date"
            : $"is missing, but {LogFileName} continues from transaction {logBase}");
    }

    /// <summary>Keeps what Recover drops in a side file, so that nothing is destroyed.</summary>
    private string SaveDroppedBytes(long from, long to)
    {
        var path = $"{LogPath}.dropped-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}";
        using var copy = files.OpenWrite(path, truncate: true);
        var chunk = new byte[64 * 1024];
        for (var position = from; position < to;)
        {
            var read = logFile!.Read(position, chunk.AsSpan(0, (int)Math.Min(chunk.Length, to - position)));
            if (read == 0) break;
            copy.Write(position - from, chunk.AsSpan(0, read));
            position += read;
        }
        copy.Sync();
        files.SyncDirectory(Directory); // durable before the log is cut below
        return path;
    }

    /// <summary>Replaces the log with an empty one following baseTransactionId: written aside, fsynced, renamed into place.</summary>
    private void StartEmptyLog(long baseTransactionId)
    {
        var temporary = LogPath + ".tmp";
        IStorageFile? fresh = null;
        try
        {
            fresh = files.OpenWrite(temporary, truncate: true);
            fresh.Write(0, FileHeader(baseTransactionId));
            fresh.Sync();
            files.Replace(temporary, LogPath);
        }
        catch
        {
            fresh?.Dispose();
            try { files.Delete(temporary); } catch (IOException) { /* removed at the next opening */ }
            throw;
        }
        logFile?.Dispose();
        logFile = fresh;
        durableEnd = FileHeaderSize;
        directorySyncPending = true;
        try
        {
            files.SyncDirectory(Directory);
            directorySyncPending = false;
        }
        catch (IOException)
        {
            // Append retries before the next commit is acknowledged.
        }
    }
}
