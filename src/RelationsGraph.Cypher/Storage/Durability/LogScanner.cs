namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Reads a log file front to back and classifies how it ends, by the rule documented on
/// <see cref="DurableLog"/>: cleanly, in a torn tail (an interrupted append: safe to cut), or at damage
/// (an error: what follows may hold acknowledged transactions). Reads only; never changes the file.
/// </summary>
internal static class LogScanner
{
    public enum Ending { Clean, TornTail, Damaged }

    /// <param name="BaseTransactionId">From the file header; null when the header itself is torn or damaged.</param>
    /// <param name="IntactLength">Bytes up to the end of the last good record; the next record goes here.</param>
    /// <param name="LastTransactionId">Of the last good record, else the base.</param>
    public sealed record Result(long? BaseTransactionId, long IntactLength, long Length, Ending Ending, string? Problem, long? LastTransactionId);

    /// <summary>
    /// Calls accept for every good record in order, with its offset, transaction id and payload; accept
    /// returns null to go on, or a problem that makes the record count as damage (out of sequence, not applicable).
    /// </summary>
    public static Result Scan(IStorageFile file, Func<long, long, byte[], string?> accept)
    {
        var length = file.Length;
        if (length < DurableLog.FileHeaderSize)
            return new Result(null, 0, length, length == 0 ? Ending.Clean : Ending.TornTail, null, null);

        Span<byte> fileHeader = stackalloc byte[DurableLog.FileHeaderSize];
        file.Read(0, fileHeader);
        if (!DurableLog.TryReadFileHeader(fileHeader, out var baseTransactionId, out var headerProblem))
            return new Result(null, 0, length, Ending.Damaged, headerProblem, null);

        long position = DurableLog.FileHeaderSize;
        var last = baseTransactionId;
        Span<byte> header = stackalloc byte[DurableLog.RecordHeaderSize];
        while (true)
        {
            var remaining = length - position;
            Result Stop(Ending ending, string? problem = null) => new(baseTransactionId, position, length, ending, problem, last);

            if (remaining == 0) return Stop(Ending.Clean);
            if (remaining < DurableLog.RecordHeaderSize) return Stop(Ending.TornTail); // a partial header
            file.Read(position, header);
            if (!DurableLog.TryReadRecordHeader(header, out var payloadLength, out var payloadChecksum))
                return IsZeroFrom(file, position, length)
                    ? Stop(Ending.TornTail) // space the file system extended but never filled
                    : Stop(Ending.Damaged, "record header checksum mismatch");
            if (payloadLength < sizeof(long)) return Stop(Ending.Damaged, $"record of {payloadLength} bytes cannot hold a transaction");
            if (payloadLength > remaining - DurableLog.RecordHeaderSize) return Stop(Ending.TornTail); // runs past end of file

            var payload = new byte[payloadLength];
            file.Read(position + DurableLog.RecordHeaderSize, payload);
            if (Crc32.Compute(payload) != payloadChecksum) return Stop(Ending.Damaged, "record checksum mismatch");
            var transactionId = RedoReplayer.TransactionIdOf(payload);
            if (transactionId != last + 1)
                return Stop(Ending.Damaged, $"transaction {transactionId} out of sequence (expected {last + 1}): a record duplicated, reordered or missing");
            if (accept(position, transactionId, payload) is { } problem) return Stop(Ending.Damaged, problem);
            last = transactionId;
            position += DurableLog.RecordHeaderSize + payloadLength;
        }
    }

    private static bool IsZeroFrom(IStorageFile file, long position, long length)
    {
        var chunk = new byte[64 * 1024];
        while (position < length)
        {
            var read = file.Read(position, chunk.AsSpan(0, (int)Math.Min(chunk.Length, length - position)));
            if (read == 0 || chunk.AsSpan(0, read).ContainsAnyExcept((byte)0)) return false;
            position += read;
        }
        return true;
    }
}
