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
