using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Storage.FaultTests.Seam;

/// <summary>
/// One fault-injection trial: runs the batch workload on a fresh directory through a faulty file system,
/// checks the live store holds exactly what was acknowledged, then reopens the directory on the real file
/// system and checks it again, and that the recovered store takes one more commit that also survives.
/// </summary>
internal static class FaultTrial
{
    public const int Transactions = 12;
    /// <summary>Small enough that the workload crosses several automatic checkpoints.</summary>
    public const long FrequentCheckpoints = 700;
    /// <summary>Every record stays in the log, where a fault's leftovers would show on reopening.</summary>
    public const long NoCheckpoints = long.MaxValue;

    /// <param name="afterFailure">Called after each failed commit (e.g. to free space again).</param>
    /// <param name="outcomeMayBeUnknown">A crash or a refused store may leave the failed commit's record whole: then it may survive.</param>
    /// <returns>How many commits failed (0 when the fault hit while creating the store or never hit).</returns>
    public static int Run(ScratchDirectory directory, FaultyFileSystem files, string trial, Action<FaultyFileSystem>? afterFailure = null, bool outcomeMayBeUnknown = false,
        long checkpointThreshold = FrequentCheckpoints)
    {
        var failed = 0;
        directory.Clear();
        var acknowledged = new List<long>();
        long? inDoubt = null;
        var options = new GraphStoreOptions { FileSystem = files, CheckpointThresholdBytes = checkpointThreshold };
        GraphStore? store = null;
        try { store = GraphStore.Open(directory.Path, options); }
        catch (IOException) { /* a fault while creating the store: nothing was acknowledged */ }
        if (store is not null)
        {
            using (store)
            {
                for (long n = 1; n <= Transactions; n++)
                {
                    if (BatchWorkload.TryCommit(store, n)) { acknowledged.Add(n); continue; }
                    failed++;
                    if (outcomeMayBeUnknown) inDoubt ??= n;
                    afterFailure?.Invoke(files);
                }
                BatchWorkload.AssertExactly(store, acknowledged, null, trial + " (live store)");
                if (files.PowerCut && !files.Crashed) files.CutPowerNow(); // every acknowledged commit must already be on disk
            }
        }

        using (var reopened = GraphStore.Open(directory.Path))
        {
            BatchWorkload.AssertExactly(reopened, acknowledged, inDoubt, trial + " (reopened)");
            Assert.True(BatchWorkload.TryCommit(reopened, 100), $"{trial}: the recovered store refused a commit");
            acknowledged.Add(100);
            if (BatchWorkload.Batches(reopened).Contains(inDoubt ?? -1)) acknowledged.Add(inDoubt!.Value);
        }
        using var again = GraphStore.Open(directory.Path);
        BatchWorkload.AssertExactly(again, acknowledged, null, trial + " (after a commit on the recovered store)");
        return failed;
    }

    /// <summary>Operations, fsyncs and bytes the whole workload takes without faults, to place faults across it.</summary>
    public static FaultyFileSystem Measure(ScratchDirectory directory, long checkpointThreshold = FrequentCheckpoints)
    {
        var files = new FaultyFileSystem();
        Run(directory, files, "fault-free", checkpointThreshold: checkpointThreshold);
        return files;
    }
}
