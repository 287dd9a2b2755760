using RelationsGraph.Storage.FaultTests.Seam;
using Xunit.Abstractions;

namespace RelationsGraph.Storage.FaultTests;

/// <summary>
/// The disk fills up at every point of a workload (log appends, snapshots, new logs). Issue 9, item 1: a
/// failed commit's bytes must not be written later with the next commit and shadow it on replay.
/// </summary>
public sealed class FullDiskTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void After_a_full_disk_frees_up_the_next_acknowledged_commit_survives_and_the_failed_one_is_gone() =>
        SweepBothWays(step: 11, files => files.SpaceLeft = null);

    [Fact]
    public void A_disk_that_stays_full_fails_every_later_commit_and_loses_nothing_acknowledged() =>
        SweepBothWays(step: 29, afterFailure: null);

    /// <summary>Without checkpoints nearly every fault lands in a commit; with them most land in snapshot writes, which must cost nothing.</summary>
    private void SweepBothWays(int step, Action<FaultyFileSystem>? afterFailure)
    {
        var (trials, withFailedCommits) = Sweep(step, afterFailure, FaultTrial.NoCheckpoints);
        Assert.True(withFailedCommits > trials * 9 / 10, $"only {withFailedCommits} of {trials} trials failed a commit");
        (trials, withFailedCommits) = Sweep(step, afterFailure, FaultTrial.FrequentCheckpoints);
        Assert.True(withFailedCommits > trials / 5, $"only {withFailedCommits} of {trials} trials failed a commit");
    }

    private (int Trials, int WithFailedCommits) Sweep(int step, Action<FaultyFileSystem>? afterFailure, long checkpointThreshold)
    {
        var budget = FaultTrial.Measure(directory, checkpointThreshold).BytesWritten;
        int trials = 0, withFailedCommits = 0;
        for (long space = 0; space < budget; space += step, trials++)
            if (FaultTrial.Run(directory, new FaultyFileSystem { SpaceLeft = space }, $"disk full after {space} bytes", afterFailure, checkpointThreshold: checkpointThreshold) > 0)
                withFailedCommits++;
        output.WriteLine($"{trials} full-disk trials over {budget} bytes (checkpoint threshold {checkpointThreshold}); {withFailedCommits} of them failed a commit");
        return (trials, withFailedCommits);
    }
}
