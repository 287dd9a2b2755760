using System.Diagnostics;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Loading.Tests.Database;

/// <summary>
/// A long read (a console query running to its time limit) holds nobody back: with snapshot reads a
/// write commits beside it, and short reads stay quick and see the committed write. Real threads, the
/// real store on disk; margins are wide so a slow machine cannot make it flaky.
/// </summary>
public sealed class WritesBesideALongReadTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_write_commits_and_short_reads_stay_quick_while_a_long_read_is_in_flight()
    {
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        await database.RunAsync("CREATE (:Counter {n: 0})");
        var clock = Stopwatch.StartNew();

        // A read that would run for ever, stopped by its 4 s time limit: it holds the store for 4 s.
        var longRead = OnItsOwnThread(async () =>
        {
            try
            {
                await database.RunAsync("UNWIND range(1, 100000000) AS x UNWIND range(1, 100000000) AS y RETURN count(*)",
                    options: new QueryOptions { ReadOnly = true, Timeout = TimeSpan.FromSeconds(4) });
            }
            catch (CypherException e) when (e.ErrorClass == "Timeout") { }
            return clock.Elapsed;
        });
        await Task.Delay(700);
        Assert.False(longRead.IsCompleted, "the long read ended before the write began");

        var write = OnItsOwnThread(async () =>
        {
            await database.RunAsync("MATCH (c:Counter) SET c.n = c.n + 1");
            return clock.Elapsed;
        });
        var writeEnded = await write.WaitAsync(TimeSpan.FromSeconds(30));

        // Short reads, one after another, while the long read still runs.
        var latencies = await OnItsOwnThread(async () =>
        {
            var times = new List<(TimeSpan Took, object? Counter)>();
            for (var i = 0; i < 5; i++)
            {
                var one = Stopwatch.StartNew();
                var result = await database.RunAsync("MATCH (c:Counter) RETURN c.n");
                times.Add((one.Elapsed, result.Rows[0][0]));
                await Task.Delay(100);
            }
            return times;
        });
        var readsDone = clock.Elapsed;

        var longReadEnded = await longRead;
        Assert.True(writeEnded < longReadEnded, $"the write ended at {writeEnded.TotalSeconds:0.0} s, after the long read ({longReadEnded.TotalSeconds:0.0} s)");
        Assert.True(latencies.Max(l => l.Took) < TimeSpan.FromSeconds(1.5),
            $"short reads took {string.Join(", ", latencies.Select(l => $"{l.Took.TotalMilliseconds:0} ms"))} beside a long read");
        Assert.All(latencies, l => Assert.Equal(1L, l.Counter)); // begun after the write committed: they see it
        Assert.True(readsDone < longReadEnded, $"the short reads ended at {readsDone.TotalSeconds:0.0} s, after the long read ({longReadEnded.TotalSeconds:0.0} s)");
        Assert.Equal(1L, (await database.RunAsync("MATCH (c:Counter) RETURN c.n")).Rows[0][0]);
    }

    private static Task<T> OnItsOwnThread<T>(Func<Task<T>> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
}
