namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// A data directory: the lock file, the latest snapshot and the write-ahead log of the transactions
/// committed since. Each log record is [payload length: int32][CRC-32 of payload: uint32][payload], the
/// payload being one whole transaction, so a transaction is in the log entirely or not at all.
/// </summary>
internal sealed class DurableLog : IDisposable
{
    public const string LogFileName = "graph.wal";
    private const int HeaderSize = 8;

    private readonly FileStream directoryLock;
    private readonly FileStream logFile;
    private readonly GraphStoreOptions options;

    private DurableLog(string directory, FileStream directoryLock, FileStream logFile, GraphStoreOptions options)
    {
        Directory = directory; this.directoryLock = directoryLock; this.logFile = logFile; this.options = options;
    }

    public string Directory { get; }

    /// <summary>Locks the directory and recovers the graph: the snapshot, then every intact log record after it.</summary>
    public static DurableLog Open(string directory, GraphData graph, GraphStoreOptions options)
    {
        directory = System.IO.Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(directory);
        var directoryLock = DirectoryLock.Acquire(directory);
        FileStream? logFile = null;
        try
        {
            SnapshotFile.TryLoad(directory, graph);
            logFile = new FileStream(System.IO.Path.Combine(directory, LogFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
            FileSync.Directory(directory); // a freshly created log must not vanish with its directory entry
            var intactLength = Replay(logFile, graph);
            if (intactLength < logFile.Length)
            {
                // A torn or corrupt tail (crash mid-append): cut it off so new records follow the last good one.
                logFile.SetLength(intactLength);
                logFile.Flush(flushToDisk: true);
            }
            logFile.Position = intactLength;
            return new DurableLog(directory, directoryLock, logFile, options);
        }
        catch
        {
            logFile?.Dispose();
            directoryLock.Dispose();
            throw;
        }
    }

    /// <summary>Appends one transaction record and fsyncs; on failure the log is cut back to where it was.</summary>
    public void Append(byte[] payload, GraphData graph)
    {
        var start = logFile.Position;
        var record = new byte[HeaderSize + payload.Length];
        BitConverter.TryWriteBytes(record.AsSpan(0, 4), payload.Length);
        BitConverter.TryWriteBytes(record.AsSpan(4, 4), Crc32.Compute(payload));
        payload.CopyTo(record, HeaderSize);
        try
        {
            logFile.Write(record);
            logFile.Flush(flushToDisk: true);
        }
        catch
        {
            try { logFile.SetLength(start); logFile.Position = start; }
            catch (IOException) { /* recovery ignores the torn record anyway */ }
            throw;
        }
    }

    public void CheckpointIfLarge(GraphData graph)
    {
        if (logFile.Length > options.CheckpointThresholdBytes) Checkpoint(graph);
    }

    /// <summary>Writes a snapshot of the graph, then empties the log. Records the snapshot already holds are skipped on replay, so a crash in between is harmless.</summary>
    public void Checkpoint(GraphData graph)
    {
        SnapshotFile.Write(Directory, graph);
        logFile.SetLength(0);
        logFile.Position = 0;
        logFile.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        logFile.Dispose();
        directoryLock.Dispose();
    }

    /// <summary>Applies the log's intact records newer than the snapshot; returns the length of the intact prefix.</summary>
    private static long Replay(FileStream logFile, GraphData graph)
    {
        logFile.Position = 0;
        var length = logFile.Length;
        long intact = 0;
        Span<byte> header = stackalloc byte[HeaderSize];
        while (length - intact >= HeaderSize)
        {
            logFile.ReadExactly(header);
            var payloadLength = BitConverter.ToInt32(header);
            var checksum = BitConverter.ToUInt32(header[4..]);
            if (payloadLength < sizeof(long) || payloadLength > length - intact - HeaderSize) break;
            var payload = new byte[payloadLength];
            logFile.ReadExactly(payload);
            if (Crc32.Compute(payload) != checksum) break;
            var transactionId = RedoReplayer.TransactionIdOf(payload);
            if (transactionId > graph.LastTransactionId)
            {
                RedoReplayer.Apply(graph, payload);
                graph.LastTransactionId = transactionId;
            }
            intact += HeaderSize + payloadLength;
        }
        return intact;
    }
}
