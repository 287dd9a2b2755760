using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_see_each_write_before_or_after_never_halfway()
    {
        using var store = GraphStore.CreateInMemory();
        long nodeId = 0;
        store.Write(tx => nodeId = tx.CreateNode("Pair", ("left", 0L), ("right", 0L)).Id);

        // Run for at least 700 ms and until the readers have read often enough; on a loaded machine
        // the threads may start late, so the clock alone would prove nothing.
        const int wantedReads = 200;
        var torn = 0;
        var reads = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        bool Done() => (clock.ElapsedMilliseconds >= 700 && Volatile.Read(ref reads) >= wantedReads) || clock.Elapsed > TimeSpan.FromSeconds(20);
        var writer = Task.Factory.StartNew(() =>
        {
            for (long i = 1; !Done(); i++)
            {
                using var tx = store.BeginWrite();
                var node = tx.GetNode(nodeId)!;
                tx.SetProperty(node, "left", i);
                Thread.SpinWait(2000); // widen the window a torn read would need
                tx.SetProperty(node, "right", i);
                if (i % 3 == 0) tx.Rollback(); else tx.Commit();
            }
        }, TaskCreationOptions.LongRunning);
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!Done())
            {
                using var tx = store.BeginRead();
                var node = tx.GetNode(nodeId)!;
                if (!Equals(node.Properties["left"], node.Properties["right"])) Interlocked.Increment(ref torn);
                Interlocked.Increment(ref reads);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(0, torn);
        Assert.True(reads >= wantedReads, $"{reads} reads");
    }

    [Fact]
    public void A_waiting_writer_gives_up_when_cancelled()
    {
        using var store = GraphStore.CreateInMemory();
        using var first = store.BeginWrite();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.ThrowsAny<OperationCanceledException>(() => store.BeginWrite(cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => store.BeginRead(new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task A_transaction_may_end_on_another_thread_than_it_began()
    {
        using var store = GraphStore.CreateInMemory();
        var tx = store.BeginWrite();
        tx.CreateNode("Moved");
        await Task.Run(tx.Commit);
        Assert.Equal(1, store.Read(r => r.NodeCount));
    }
}
