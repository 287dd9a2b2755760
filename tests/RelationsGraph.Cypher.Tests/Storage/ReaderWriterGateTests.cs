using System.Diagnostics;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// The gate's contract with real threads: a writer behind a long read lets new readers pass until its
/// patience runs out, then goes in before them; behind young readers it holds new ones back at once.
/// Waits are short in these gates; margins are wide.
/// </summary>
public sealed class ReaderWriterGateTests
{
    private static Task OnItsOwnThread(Action work) => Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static async Task<bool> EndsWithin(Task task, TimeSpan time) => await Task.WhenAny(task, Task.Delay(time)) == task;

    [Fact]
    public async Task A_writer_behind_a_long_read_lets_readers_pass_until_its_patience_runs_out()
    {
        var gate = new ReaderWriterGate(writerPatience: TimeSpan.FromSeconds(1.5), shortRead: TimeSpan.FromMilliseconds(100));
        var order = new List<string>();
        gate.EnterRead(CancellationToken.None); // the long read
        await Task.Delay(300);
        var writerWaitsFrom = Stopwatch.StartNew();
        var writer = OnItsOwnThread(() =>
        {
            gate.EnterWrite(CancellationToken.None);
            lock (order) order.Add("writer");
            Thread.Sleep(100);
            gate.ExitWrite();
        });
        await Task.Delay(200);

        var passing = OnItsOwnThread(() => { gate.EnterRead(CancellationToken.None); gate.ExitRead(); });
        Assert.True(await EndsWithin(passing, TimeSpan.FromSeconds(1)), "a reader was held back behind a long read");
        Assert.False(writer.IsCompleted);

        await Task.Delay(TimeSpan.FromSeconds(1.5) - writerWaitsFrom.Elapsed + TimeSpan.FromMilliseconds(300));
        var late = OnItsOwnThread(() => { gate.EnterRead(CancellationToken.None); lock (order) order.Add("late reader"); gate.ExitRead(); });
        Assert.False(await EndsWithin(late, TimeSpan.FromMilliseconds(500)), "a reader passed a writer that had run out of patience");

        gate.ExitRead(); // the long read ends
        await Task.WhenAll(writer, late).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["writer", "late reader"], order);
    }

    [Fact]
    public async Task A_writer_behind_young_readers_holds_new_readers_back_and_goes_first()
    {
        var gate = new ReaderWriterGate(writerPatience: TimeSpan.FromSeconds(30), shortRead: TimeSpan.FromSeconds(30));
        var order = new List<string>();
        gate.EnterRead(CancellationToken.None);
        var writer = OnItsOwnThread(() => { gate.EnterWrite(CancellationToken.None); lock (order) order.Add("writer"); gate.ExitWrite(); });
        await Task.Delay(200);
        var reader = OnItsOwnThread(() => { gate.EnterRead(CancellationToken.None); lock (order) order.Add("reader"); gate.ExitRead(); });
        Assert.False(await EndsWithin(reader, TimeSpan.FromMilliseconds(300)), "a new reader passed a waiting writer");

        gate.ExitRead();
        await Task.WhenAll(writer, reader).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["writer", "reader"], order);
    }

    [Fact]
    public async Task A_cancelled_writer_lets_the_readers_it_held_back_in()
    {
        var gate = new ReaderWriterGate(writerPatience: TimeSpan.FromSeconds(30), shortRead: TimeSpan.FromSeconds(30));
        gate.EnterRead(CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
        var writer = OnItsOwnThread(() => Assert.ThrowsAny<OperationCanceledException>(() => gate.EnterWrite(cancel.Token)));
        await Task.Delay(100);
        var reader = OnItsOwnThread(() => { gate.EnterRead(CancellationToken.None); gate.ExitRead(); });

        await writer.WaitAsync(TimeSpan.FromSeconds(10));
        await reader.WaitAsync(TimeSpan.FromSeconds(5)); // long before the 30 s it would wait for young readers
        gate.ExitRead();
    }
}
