using System.Buffers.Binary;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Reads logs of format 1, written before the log had a file header: records of [payload length: int32]
/// [CRC-32 of payload: uint32][payload]. Opening for writing converts such a store (snapshot, then a log of
/// the current format). Without a header checksum a damaged length field cannot be told from a torn
/// tail, which is why the format changed; a payload failing its checksum is still damage.
/// </summary>
internal static class LegacyLog
{
    private const int RecordHeaderSize = 8;

    /// <summary>Format 1 when the file starts with a whole record that passes its checksum (a damaged format-2 header cannot).</summary>
    public static bool Recognise(IStorageFile file)
    {
        var length = file.Length;
        Span<byte> header = stackalloc byte[RecordHeaderSize];
        if (length < RecordHeaderSize || file.Read(0, header) < RecordHeaderSize) return false;
        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (payloadLength < sizeof(long) || payloadLength > length - RecordHeaderSize) return false;
        var payload = new byte[payloadLength];
        file.Read(RecordHeaderSize, payload);
        return Crc32.Compute(payload) == BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
    }

    /// <summary>Like <see cref="LogScanner.Scan"/>; records not newer than the last one applied are skipped, as format 1 always did.</summary>
    public static LogScanner.Result Scan(IStorageFile file, Func<long, long, byte[], string?> accept)
    {
        var length = file.Length;
        long position = 0;
        long? last = null;
        Span<byte> header = stackalloc byte[RecordHeaderSize];
        while (true)
        {
            var remaining = length - position;
            LogScanner.Result Stop(LogScanner.Ending ending, string? problem = null) => new(null, position, length, ending, problem, last);

            if (remaining == 0) return Stop(LogScanner.Ending.Clean);
            if (remaining < RecordHeaderSize) return Stop(LogScanner.Ending.TornTail);
            file.Read(position, header);
            var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (payloadLength < sizeof(long) || payloadLength > remaining - RecordHeaderSize) return Stop(LogScanner.Ending.TornTail);
            var payload = new byte[payloadLength];
            file.Read(position + RecordHeaderSize, payload);
            if (Crc32.Compute(payload) != BinaryPrimitives.ReadUInt32LittleEndian(header[4..]))
                return Stop(LogScanner.Ending.Damaged, "record checksum mismatch (format 1 log)");
            var transactionId = RedoReplayer.TransactionIdOf(payload);
            if (accept(position, transactionId, payload) is { } problem) return Stop(LogScanner.Ending.Damaged, problem);
            last = Math.Max(last ?? 0, transactionId);
            position += RecordHeaderSize + payloadLength;
        }
    }
}
