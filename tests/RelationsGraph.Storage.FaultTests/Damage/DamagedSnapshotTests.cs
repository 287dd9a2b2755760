using RelationsGraph.Cypher.Storage;
using Xunit.Abstractions;

namespace RelationsGraph.Storage.FaultTests.Damage;

/// <summary>Issue 9, item 4 at the store: a damaged, truncated, missing or out-of-date snapshot refuses to open naming the snapshot (and offset), and changes nothing.</summary>
public sealed class DamagedSnapshotTests(ITestOutputHelper output) : IDisposable
{
    private readonly DamagedStoreFixture store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void A_bit_flipped_anywhere_in_the_snapshot_refuses_to_open_naming_it()
    {
        var random = new Random(4);
        int trials = 0;
        for (var offset = 0; offset < store.Snapshot.Length; offset++, trials++)
        {
            var damaged = (byte[])store.Snapshot.Clone();
            damaged[offset] ^= (byte)(1 << random.Next(8));
            store.Write(snapshot: damaged);
            AssertRefused(new GraphStoreOptions { ReadOnly = true, Recover = offset % 2 == 0 }, $"bit flip at byte {offset}");
            if (offset % 4 == 0) AssertRefused(new GraphStoreOptions(), $"bit flip at byte {offset}, for writing");
            Assert.Equal(damaged, File.ReadAllBytes(store.SnapshotPath));
            Assert.Equal(store.Log, File.ReadAllBytes(store.LogPath));
        }
        output.WriteLine($"{trials} bit-flip trials over the snapshot");
    }

    [Fact]
    public void A_truncated_snapshot_refuses_to_open_naming_it()
    {
        int trials = 0;
        for (var length = 0; length < store.Snapshot.Length; length++, trials++)
        {
            store.Write(snapshot: store.Snapshot[..length]);
            AssertRefused(new GraphStoreOptions { ReadOnly = length % 2 == 0 }, $"snapshot cut to {length} bytes");
            Assert.Equal(length, new FileInfo(store.SnapshotPath).Length);
        }
        output.WriteLine($"{trials} truncation trials over the snapshot");
    }

    [Fact]
    public void A_missing_snapshot_refuses_to_open_even_with_recover()
    {
        store.Write();
        File.Delete(store.SnapshotPath);
        var refusal = AssertRefused(new GraphStoreOptions { Recover = true }, "snapshot deleted");
        Assert.Contains("missing", refusal.Message);
        Assert.False(File.Exists(store.SnapshotPath));
        Assert.Equal(store.Log, File.ReadAllBytes(store.LogPath));
    }

    [Fact]
    public void An_out_of_date_snapshot_refuses_to_open()
    {
        store.Write();
        var older = store.Snapshot;
        using (var opened = GraphStore.Open(store.Directory.Path)) opened.Checkpoint();
        File.WriteAllBytes(store.SnapshotPath, older); // a backup restored over the newer snapshot
        var refusal = AssertRefused(new GraphStoreOptions(), "older snapshot restored");
        Assert.Contains("out of date", refusal.Message);
    }

    [Fact]
    public void Leftovers_of_an_interrupted_checkpoint_are_ignored_and_removed_only_when_writing()
    {
        store.Write();
        var leftover = store.SnapshotPath + ".tmp";
        File.WriteAllBytes(leftover, store.Snapshot[..100]);
        using (var opened = GraphStore.Open(store.Directory.Path, new GraphStoreOptions { ReadOnly = true }))
            Assert.Equal(DamagedStoreFixture.Total, opened.Read().Count);
        Assert.True(File.Exists(leftover));
        using (var opened = GraphStore.Open(store.Directory.Path))
            Assert.Equal(DamagedStoreFixture.Total, opened.Read().Count);
        Assert.False(File.Exists(leftover));
    }

    private DamagedStoreException AssertRefused(GraphStoreOptions options, string trial)
    {
        var refusal = Assert.Throws<DamagedStoreException>(() => GraphStore.Open(store.Directory.Path, options).Dispose());
        Assert.True(refusal.FilePath == store.SnapshotPath, $"{trial}: expected {store.SnapshotPath} to be named, got: {refusal.Message}");
        return refusal;
    }
}

internal static class BatchCount
{
    public static SortedSet<long> Read(this GraphStore store) => Seam.BatchWorkload.Batches(store);
}
