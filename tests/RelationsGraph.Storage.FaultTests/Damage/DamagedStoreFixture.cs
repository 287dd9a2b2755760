using System.Buffers.Binary;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Storage.Durability;
using RelationsGraph.Storage.FaultTests.Seam;

namespace RelationsGraph.Storage.FaultTests.Damage;

/// <summary>
/// A store of 20 batch transactions: 1 to 8 in the snapshot, 9 to 20 in the log. Trials damage a copy of
/// its files and open it, with the pristine bytes kept here to restore between trials.
/// </summary>
internal sealed class DamagedStoreFixture : IDisposable
{
    public const int InSnapshot = 8, Total = 20;

    public DamagedStoreFixture()
    {
        using (var store = GraphStore.Open(Directory.Path))
        {
            for (long n = 1; n <= Total; n++)
            {
                Assert.True(BatchWorkload.TryCommit(store, n));
                if (n == InSnapshot) store.Checkpoint();
            }
        }
        Log = File.ReadAllBytes(LogPath);
        Snapshot = File.ReadAllBytes(SnapshotPath);
        Records = ReadRecords(Log);
        Assert.Equal(Total - InSnapshot, Records.Count);
    }

    public ScratchDirectory Directory { get; } = new();
    public string LogPath => Directory.File(DurableLog.LogFileName);
    public string SnapshotPath => Directory.File(SnapshotFile.FileName);
    public byte[] Log { get; }
    public byte[] Snapshot { get; }
    /// <summary>Offset, length (header included) and transaction id of each log record.</summary>
    public IReadOnlyList<(int Offset, int Length, long TransactionId)> Records { get; }

    /// <summary>Puts the pristine files back, with the log replaced by the given bytes (or the snapshot's, when given).</summary>
    public void Write(byte[]? log = null, byte[]? snapshot = null)
    {
        Directory.Clear();
        File.WriteAllBytes(LogPath, log ?? Log);
        File.WriteAllBytes(SnapshotPath, snapshot ?? Snapshot);
    }

    /// <summary>The record whose bytes include offset; the file header counts as offset 0.</summary>
    public int RecordStartHolding(int offset) =>
        offset < DurableLog.FileHeaderSize ? 0 : Records.Last(r => r.Offset <= offset).Offset;

    /// <summary>Transactions 1..n, n being the last one wholly before the given log offset.</summary>
    public SortedSet<long> ExpectedBefore(int offset)
    {
        var last = Records.Where(r => r.Offset + r.Length <= offset).Select(r => r.TransactionId).DefaultIfEmpty(InSnapshot).Max();
        return new SortedSet<long>(Enumerable.Range(1, (int)last).Select(i => (long)i));
    }

    public void Dispose() => Directory.Dispose();

    private static List<(int, int, long)> ReadRecords(byte[] log)
    {
        var records = new List<(int, int, long)>();
        for (var offset = DurableLog.FileHeaderSize; offset < log.Length;)
        {
            var length = DurableLog.RecordHeaderSize + BinaryPrimitives.ReadInt32LittleEndian(log.AsSpan(offset));
            records.Add((offset, length, BinaryPrimitives.ReadInt64LittleEndian(log.AsSpan(offset + DurableLog.RecordHeaderSize))));
            offset += length;
        }
        return records;
    }
}
