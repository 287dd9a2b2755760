using RelationsGraph.Cypher.Storage;
using RelationsGraph.Storage.FaultTests.Seam;
using Xunit.Abstractions;

namespace RelationsGraph.Storage.FaultTests.Damage;

/// <summary>
/// Issue 9, item 2: a flipped bit anywhere in the log, or records duplicated, reordered or missing, must
/// refuse to open naming the file and the record's offset (and change nothing, even when opened for
/// writing); --recover keeps exactly what precedes the damage. Only a torn tail is cut, and a read-only
/// opening never cuts anything.
/// </summary>
public sealed class DamagedLogTests(ITestOutputHelper output) : IDisposable
{
    private readonly DamagedStoreFixture store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void A_bit_flipped_anywhere_refuses_to_open_naming_the_log_and_the_record_offset_and_changes_nothing()
    {
        var random = new Random(9);
        int trials = 0, recovered = 0;
        for (var offset = 0; offset < store.Log.Length; offset++, trials++)
        {
            var damaged = (byte[])store.Log.Clone();
            damaged[offset] ^= (byte)(1 << random.Next(8));
            store.Write(log: damaged);
            var expectedOffset = store.RecordStartHolding(offset);

            var readOnly = new GraphStoreOptions { ReadOnly = true };
            AssertRefused(readOnly, expectedOffset, $"bit flip at byte {offset}, read-only");
            if (offset % 3 == 0) AssertRefused(new GraphStoreOptions(), expectedOffset, $"bit flip at byte {offset}, for writing");
            Assert.Equal(damaged, File.ReadAllBytes(store.LogPath));

            if (offset % 5 == 0)
            {
                using (var opened = GraphStore.Open(store.Directory.Path, readOnly with { Recover = true }))
                {
                    Assert.Equal(store.ExpectedBefore(expectedOffset), BatchWorkload.Batches(opened));
                    Assert.Contains($"damaged at byte {expectedOffset}", opened.RecoveryReport);
                }
                Assert.Equal(damaged, File.ReadAllBytes(store.LogPath));
                recovered++;
            }
        }
        output.WriteLine($"{trials} bit-flip trials over the log ({recovered} also opened with Recover)");
    }

    [Fact]
    public void Recover_for_writing_keeps_what_precedes_the_damage_saves_the_rest_and_takes_new_commits()
    {
        foreach (var record in store.Records.Where((_, i) => i % 3 == 1))
        {
            var damaged = (byte[])store.Log.Clone();
            damaged[record.Offset + record.Length - 1] ^= 0x10;
            store.Write(log: damaged);
            var expected = store.ExpectedBefore(record.Offset);
            using (var opened = GraphStore.Open(store.Directory.Path, new GraphStoreOptions { Recover = true }))
            {
                Assert.Equal(expected, BatchWorkload.Batches(opened));
                Assert.Contains("saved to", opened.RecoveryReport);
                Assert.True(BatchWorkload.TryCommit(opened, 100));
            }
            var saved = Assert.Single(Directory.GetFiles(store.Directory.Path, "graph.wal.dropped-*"));
            Assert.Equal(damaged[record.Offset..], File.ReadAllBytes(saved));
            expected.Add(100);
            using var reopened = GraphStore.Open(store.Directory.Path);
            Assert.Equal(expected, BatchWorkload.Batches(reopened));
        }
    }

    [Fact]
    public void A_truncated_log_is_a_torn_tail_read_only_leaves_it_and_writing_cuts_it()
    {
        int trials = 0;
        for (var length = 0; length < store.Log.Length; length++, trials++)
        {
            var truncated = store.Log[..length];
            store.Write(log: truncated);
            var expected = store.ExpectedBefore(length);
            using (var opened = GraphStore.Open(store.Directory.Path, new GraphStoreOptions { ReadOnly = true }))
                Assert.Equal(expected, BatchWorkload.Batches(opened));
            Assert.Equal(truncated, File.ReadAllBytes(store.LogPath));

            if (length % 7 != 0) continue;
            using (var opened = GraphStore.Open(store.Directory.Path))
            {
                Assert.Equal(expected, BatchWorkload.Batches(opened));
                Assert.True(BatchWorkload.TryCommit(opened, 100));
            }
            expected.Add(100);
            using var reopened = GraphStore.Open(store.Directory.Path);
            Assert.Equal(expected, BatchWorkload.Batches(reopened));
        }
        output.WriteLine($"{trials} truncation trials over the log");
    }

    [Fact]
    public void Duplicated_reordered_or_missing_records_refuse_to_open_at_the_first_out_of_sequence_record()
    {
        var records = store.Records;
        int trials = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var (offset, length, _) = records[i];
            var bytes = store.Log;
            var duplicated = Concat(bytes[..(offset + length)], bytes[offset..]);
            AssertRefusedWith(duplicated, offset + length, "out of sequence");
            trials++;
            if (i + 1 < records.Count)
            {
                var next = records[i + 1];
                var swapped = Concat(bytes[..offset], bytes[next.Offset..(next.Offset + next.Length)], bytes[offset..next.Offset], bytes[(next.Offset + next.Length)..]);
                AssertRefusedWith(swapped, offset, "out of sequence");
                var missing = Concat(bytes[..offset], bytes[next.Offset..]);
                AssertRefusedWith(missing, offset, "out of sequence");
                trials += 2;
            }
        }
        output.WriteLine($"{trials} duplicate, reorder and removal trials");
    }

    [Fact]
    public void Garbage_after_the_last_record_is_damage_but_zeros_are_a_torn_tail()
    {
        var garbage = Concat(store.Log, "partial record, not zeros"u8.ToArray());
        AssertRefusedWith(garbage, store.Log.Length, "header checksum");

        store.Write(log: Concat(store.Log, new byte[4096]));
        using var opened = GraphStore.Open(store.Directory.Path);
        Assert.Equal(store.ExpectedBefore(store.Log.Length), BatchWorkload.Batches(opened));
        Assert.Equal(4096, opened.TornTailBytes);
    }

    private void AssertRefusedWith(byte[] log, int expectedOffset, string problem)
    {
        store.Write(log: log);
        var refusal = AssertRefused(new GraphStoreOptions(), expectedOffset, problem);
        Assert.Contains(problem, refusal.Problem);
        Assert.Equal(log, File.ReadAllBytes(store.LogPath));
    }

    private DamagedStoreException AssertRefused(GraphStoreOptions options, long expectedOffset, string trial)
    {
        var refusal = Assert.Throws<DamagedStoreException>(() => GraphStore.Open(store.Directory.Path, options).Dispose());
        Assert.True(refusal.FilePath == store.LogPath && refusal.Offset == expectedOffset,
            $"{trial}: expected {store.LogPath} at byte {expectedOffset}, got: {refusal.Message}");
        Assert.Contains($"byte {expectedOffset}", refusal.Message);
        return refusal;
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
