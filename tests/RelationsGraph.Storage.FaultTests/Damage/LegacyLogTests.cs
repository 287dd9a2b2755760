using System.Buffers.Binary;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Storage.FaultTests.Damage;

/// <summary>Stores written before the log had a file header (format 1) still open; opening one for writing converts it.</summary>
public sealed class LegacyLogTests : IDisposable
{
    private readonly DamagedStoreFixture store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void A_format_1_log_is_read_as_it_is_and_converted_when_opened_for_writing()
    {
        var legacy = LegacyBytes();
        store.Write(log: legacy);
        var all = new SortedSet<long>(Enumerable.Range(1, DamagedStoreFixture.Total).Select(i => (long)i));

        using (var opened = GraphStore.Open(store.Directory.Path, new GraphStoreOptions { ReadOnly = true }))
            Assert.Equal(all, opened.Read());
        Assert.Equal(legacy, File.ReadAllBytes(store.LogPath));

        using (var opened = GraphStore.Open(store.Directory.Path))
        {
            Assert.Equal(all, opened.Read());
            Assert.True(Seam.BatchWorkload.TryCommit(opened, 100));
        }
        Assert.Equal("RGWAL002"u8.ToArray(), File.ReadAllBytes(store.LogPath)[..8]);
        all.Add(100);
        using var reopened = GraphStore.Open(store.Directory.Path);
        Assert.Equal(all, reopened.Read());
    }

    [Fact]
    public void A_format_1_record_failing_its_checksum_refuses_to_open()
    {
        var legacy = LegacyBytes();
        legacy[^3] ^= 0x20;
        store.Write(log: legacy);
        var refusal = Assert.Throws<DamagedStoreException>(() => GraphStore.Open(store.Directory.Path).Dispose());
        Assert.Equal(store.LogPath, refusal.FilePath);
        Assert.Equal(legacy, File.ReadAllBytes(store.LogPath));
    }

    /// <summary>The fixture's log records rewritten in format 1: no file header, [length][payload CRC][payload].</summary>
    private byte[] LegacyBytes()
    {
        var legacy = new List<byte>();
        foreach (var (offset, length, _) in store.Records)
        {
            var payload = store.Log.AsSpan(offset + DurableLog.RecordHeaderSize, length - DurableLog.RecordHeaderSize);
            var header = new byte[8];
            BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), Crc32.Compute(payload));
            legacy.AddRange(header);
            legacy.AddRange(payload.ToArray());
        }
        return [.. legacy];
    }
}
