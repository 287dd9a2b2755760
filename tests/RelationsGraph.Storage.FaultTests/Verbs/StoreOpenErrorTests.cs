using RelationsGraph.Storage.FaultTests.Damage;

namespace RelationsGraph.Storage.FaultTests.Verbs;

/// <summary>
/// Issue 9, items 2 and 4 at the command line: query, serve and ingest on a damaged or incomplete store
/// print the store's own message (file and offset) without a stack trace and exit with code 3;
/// --recover opens what precedes log damage and says what it dropped; a read-only query changes no file.
/// </summary>
public sealed class StoreOpenErrorTests : IDisposable
{
    private const int DamagedStoreExitCode = 3;
    private const string CountBatches = "MATCH (b:Batch) RETURN count(b) AS batches";
    private readonly DamagedStoreFixture store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Every_verb_refuses_a_damaged_snapshot_with_its_own_message_and_exit_code_3()
    {
        var snapshot = (byte[])store.Snapshot.Clone();
        snapshot[snapshot.Length / 2] ^= 0x04;
        store.Write(snapshot: snapshot);
        var article = Path.Combine(store.Directory.Path, "article.txt");
        File.WriteAllText(article, "Ministers of two neighbouring countries met on Monday to talk about a shared river.");

        foreach (var arguments in new[]
        {
            new[] { "query", CountBatches },
            ["serve", "--no-samples", "--urls", "http://127.0.0.1:0"],
            ["ingest", article],
        })
        {
            var outcome = VerbProcess.Run(store.Directory.Path, [.. arguments, "--data", store.Directory.Path]);
            AssertCleanRefusal(outcome, arguments[0], "graph.snapshot: damaged at byte");
        }
        Assert.Equal(snapshot, File.ReadAllBytes(store.SnapshotPath));
    }

    [Fact]
    public void A_missing_snapshot_is_named_and_refused_even_with_recover()
    {
        store.Write();
        File.Delete(store.SnapshotPath);
        var outcome = VerbProcess.Run(store.Directory.Path, "query", CountBatches, "--data", store.Directory.Path, "--recover");
        AssertCleanRefusal(outcome, "query", "graph.snapshot: is missing");
    }

    [Fact]
    public void A_flipped_bit_in_the_log_is_refused_naming_the_offset_and_recover_keeps_what_precedes_it()
    {
        var record = store.Records[4];
        var log = (byte[])store.Log.Clone();
        log[record.Offset + 30] ^= 0x01;
        store.Write(log: log);

        var refused = VerbProcess.Run(store.Directory.Path, "query", CountBatches, "--data", store.Directory.Path);
        AssertCleanRefusal(refused, "query", $"graph.wal: damaged at byte {record.Offset}");
        Assert.Contains("--recover", refused.Errors);
        Assert.Equal(log, File.ReadAllBytes(store.LogPath));

        var recovered = VerbProcess.Run(store.Directory.Path, "query", CountBatches, "--data", store.Directory.Path, "--recover", "--format", "csv");
        Assert.True(recovered.ExitCode == 0, recovered.Errors);
        Assert.Contains($"{store.ExpectedBefore(record.Offset).Count}", recovered.Output);
        Assert.Contains($"recovered: {store.LogPath}: damaged at byte {record.Offset}", recovered.Errors);
        Assert.Equal(log, File.ReadAllBytes(store.LogPath)); // query without --write opens read-only, even recovering
    }

    [Fact]
    public void A_read_only_query_reads_past_a_torn_tail_without_cutting_it()
    {
        var torn = store.Log[..(store.Log.Length - 5)];
        store.Write(log: torn);
        var outcome = VerbProcess.Run(store.Directory.Path, "query", CountBatches, "--data", store.Directory.Path, "--format", "csv");
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Contains($"{DamagedStoreFixture.Total - 1}", outcome.Output);
        Assert.Equal(torn, File.ReadAllBytes(store.LogPath));
    }

    private static void AssertCleanRefusal(VerbProcess.Outcome outcome, string verb, string message)
    {
        var all = outcome.Output + outcome.Errors;
        Assert.True(outcome.ExitCode == DamagedStoreExitCode, $"{verb} exited {outcome.ExitCode}:\n{all}");
        Assert.Contains($"{verb}: ", outcome.Errors);
        Assert.Contains(message, outcome.Errors);
        Assert.DoesNotContain("Unhandled exception", all);
        Assert.DoesNotContain("   at ", all);
    }
}
