using System.Diagnostics;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Loading.Tests.Database;

/// <summary>
/// A long read (a console query running to its time limit) and a write waiting for it must not
/// hold every other reader back: short reads stay quick while both are in flight. Real threads,
/// the real store on disk; margins are wide so a slow machine cannot make it flaky.
/// </summary>
public sealed class ReadsBesideAWaitingWriteTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Short_reads_stay_quick_while_a_long_read_and_a_waiting_write_are_in_flight()
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
        await Task.Delay(500);
        Assert.False(write.IsCompleted, "the write did not wait for the long read");

        // Short reads, one after another, while the write waits.
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
        await write.WaitAsync(TimeSpan.FromSeconds(30)); // the write is not starved either
        Assert.True(latencies.Max(l => l.Took) < TimeSpan.FromSeconds(1.5),
            $"short reads took {string.Join(", ", latencies.Select(l => $"{l.Took.TotalMilliseconds:0} ms"))} beside a long read and a waiting write");
        Assert.All(latencies, l => Assert.Equal(0L, l.Counter)); // read before the write, never half of it
        Assert.True(readsDone < longReadEnded, $"the short reads ended at {readsDone.TotalSeconds:0.0} s, after the long read ({longReadEnded.TotalSeconds:0.0} s)");
        Assert.Equal(1L, (await database.RunAsync("MATCH (c:Counter) RETURN c.n")).Rows[0][0]);
    }

    private static Task<T> OnItsOwnThread<T>(Func<Task<T>> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
}
