namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// One writer or many readers. Unlike ReaderWriterLockSlim it has no thread affinity, so a transaction
/// may be begun on one thread and finished on another (async hosts do that). Waiting writers hold back
/// new readers so a steady read load cannot starve writes. Waits honour a CancellationToken.
/// </summary>
internal sealed class ReaderWriterGate
{
    private readonly object sync = new();
    private int activeReaders;
    private bool writerActive;
    private int waitingWriters;

    public void EnterRead(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            while (writerActive || waitingWriters > 0) Wait(cancellationToken);
            activeReaders++;
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
            waitingWriters++;
            try
            {
                while (writerActive || activeReaders > 0) Wait(cancellationToken);
            }
            finally
            {
                waitingWriters--;
                // A cancelled writer may have been the one holding readers back.
                if (!writerActive) Monitor.PulseAll(sync);
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

    /// <summary>Waits for a pulse; the cancellation callback pulses too, so a cancelled wait ends at once.</summary>
    private void Wait(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled) { Monitor.Wait(sync); return; }
        using (cancellationToken.Register(() => { lock (sync) Monitor.PulseAll(sync); }))
            Monitor.Wait(sync);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
