using RelationsGraph.Cypher.Storage;
using RelationsGraph.Storage.FaultTests.Seam;
using Xunit.Abstractions;

namespace RelationsGraph.Storage.FaultTests;

/// <summary>fsync fails at every point of the workload: once (the log is cut back and the store goes on), or from then on (the store refuses writes).</summary>
public sealed class FsyncFailureTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void One_failed_fsync_fails_that_commit_only()
    {
        var syncs = FaultTrial.Measure(directory).Syncs;
        var withFailedCommits = 0;
        for (var k = 1; k <= syncs; k++)
        {
            var failing = k;
            var failed = FaultTrial.Run(directory, new FaultyFileSystem { SyncFails = n => n == failing }, $"fsync {k} of {syncs} fails");
            Assert.True(failed <= 1, $"fsync {k}: one failed fsync failed {failed} commits");
            withFailedCommits += failed;
        }
        output.WriteLine($"{syncs} single-fsync-failure trials; {withFailedCommits} failed a commit");
        Assert.True(withFailedCommits >= FaultTrial.Transactions, $"only {withFailedCommits} trials failed a commit");
    }

    [Fact]
    public void A_commit_that_cannot_be_cut_back_out_of_the_log_makes_the_store_refuse_every_later_write()
    {
        var files = new FaultyFileSystem();
        using (var store = GraphStore.Open(directory.Path, new GraphStoreOptions { FileSystem = files }))
        {
            Assert.True(BatchWorkload.TryCommit(store, 1));
            var failingFrom = files.Syncs + 1;
            files.SyncFails = n => n >= failingFrom; // the append's fsync fails, and so does the fsync after cutting it back
            Assert.False(BatchWorkload.TryCommit(store, 2));
            files.SyncFails = _ => false; // even once the disk behaves again: what the log holds is unknown
            var refusal = Assert.Throws<IOException>(() =>
            {
                using var transaction = store.BeginWrite();
                BatchWorkload.Write(transaction, 3);
                transaction.Commit();
            });
            Assert.Contains("refuses further writes", refusal.Message);
            Assert.Contains("graph.wal", refusal.Message);
            Assert.Equal([1L], BatchWorkload.Batches(store));
        }
        using var reopened = GraphStore.Open(directory.Path);
        BatchWorkload.AssertExactly(reopened, [1L], inDoubt: 2, "reopened after the refusal");
        Assert.True(BatchWorkload.TryCommit(reopened, 4));
    }

    [Fact]
    public void Fsync_failing_for_good_refuses_later_commits_and_keeps_every_acknowledged_one()
    {
        var syncs = FaultTrial.Measure(directory).Syncs;
        for (var k = 1; k <= syncs; k++)
        {
            var first = k;
            // The failed commit's record may stay whole when the log cannot be cut back: its outcome is unknown.
            FaultTrial.Run(directory, new FaultyFileSystem { SyncFails = n => n >= first }, $"every fsync from {k} of {syncs} fails", outcomeMayBeUnknown: true);
        }
        output.WriteLine($"{syncs} lasting-fsync-failure trials");
    }
}
