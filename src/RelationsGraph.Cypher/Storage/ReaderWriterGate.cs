using System.Diagnostics;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// One writer or many readers. Unlike ReaderWriterLockSlim it has no thread affinity, so a transaction
/// may be begun on one thread and finished on another (async hosts do that). Waits honour a CancellationToken.
/// <para>
/// The contract: a reader never runs beside a writer, so it never sees half a write. A waiting writer
/// holds new readers back only when that gets it in soon, and always once it has waited
/// <c>writerPatience</c>; so a writer waits at most that long plus the longest read then in flight,
/// and readers are held back by a writer stuck behind a long read for at most <c>shortRead</c>.
/// </para>
/// <para>
/// Why: holding readers back helps a writer only if the readers in flight end soon. When they have been
/// reading for longer than <c>shortRead</c> (a console query running to its time limit), holding new
/// readers back would stall every page for the rest of that query and gain the writer nothing, so the
/// writer lets them pass until its patience runs out (a polite writer with a bounded wait). Snapshot
/// reads (MVCC) would make readers and writers independent; until then this keeps reads flowing.
/// </para>
/// </summary>
internal sealed class ReaderWriterGate(TimeSpan writerPatience, TimeSpan shortRead)
{
    /// <summary>Above the explorer's 10 s query limit, so one long query and a waiting load never stall the page.</summary>
    public static readonly TimeSpan DefaultWriterPatience = TimeSpan.FromSeconds(12);
    public static readonly TimeSpan DefaultShortRead = TimeSpan.FromMilliseconds(200);

    private readonly object sync = new();
    private int activeReaders;
    private bool writerActive;
    // When readers last went from none to some: a bound on how long the oldest reader in flight has run.
    private long readersBusySince;
    // When each waiting writer began to wait, in arrival order.
    private readonly LinkedList<long> waitingWritersSince = new();

    public ReaderWriterGate() : this(DefaultWriterPatience, DefaultShortRead)
    {
    }

    public void EnterRead(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            while (true)
            {
                if (!writerActive)
                {
                    var holdFor = ReadersHeldBackFor();
                    if (holdFor == TimeSpan.Zero) break;
                    Wait(cancellationToken, holdFor);
                    continue;
                }
                Wait(cancellationToken, Timeout.InfiniteTimeSpan);
            }
            if (activeReaders++ == 0) readersBusySince = Stopwatch.GetTimestamp();
        }
    }

    public void ExitRead()
    {
        lock (sync)
        {
            activeReaders--;
            if (activeReaders == 0) Monitor.PulseAll(sync);
        }
    }

    public void EnterWrite(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            var waiting = waitingWritersSince.AddLast(Stopwatch.GetTimestamp());
            try
            {
                while (writerActive || activeReaders > 0) Wait(cancellationToken, Timeout.InfiniteTimeSpan);
            }
            finally
            {
                waitingWritersSince.Remove(waiting);
                // A cancelled writer may have been the one holding readers back.
                Monitor.PulseAll(sync);
            }
            writerActive = true;
        }
    }

    public void ExitWrite()
    {
        lock (sync)
        {
            writerActive = false;
            Monitor.PulseAll(sync);
        }
    }

    /// <summary>
    /// Zero when a new reader may enter now (no writer active); otherwise how long it should wait before
    /// asking again (infinite: until pulsed). Called under the lock.
    /// </summary>
    private TimeSpan ReadersHeldBackFor()
    {
        if (waitingWritersSince.First is not { } oldestWriter) return TimeSpan.Zero;
        // No reader in flight: the writer is about to go in; let it.
        if (activeReaders == 0) return Timeout.InfiniteTimeSpan;
        // The writer has been polite for long enough: from now on readers drain and it goes in.
        if (Stopwatch.GetElapsedTime(oldestWriter.Value) >= writerPatience) return Timeout.InfiniteTimeSpan;
        // Readers in flight are young, so they will soon be done: hold new ones back until they are, or
        // until they turn out to be a long read, whichever comes first.
        var busyFor = Stopwatch.GetElapsedTime(readersBusySince);
        if (busyFor < shortRead) return shortRead - busyFor;
        return TimeSpan.Zero;
    }

    /// <summary>Waits for a pulse or the timeout; the cancellation callback pulses too, so a cancelled wait ends at once.</summary>
    private void Wait(CancellationToken cancellationToken, TimeSpan timeout)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled) { Monitor.Wait(sync, timeout); return; }
        using (cancellationToken.Register(() => { lock (sync) Monitor.PulseAll(sync); }))
            Monitor.Wait(sync, timeout);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
