using System.Diagnostics;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// The time and memory one statement may use, started when the statement arrives so that parsing,
/// planning, waiting for the store and running all count. Token is cancelled by the caller or at the
/// deadline, for the stages that only watch a token (parser, store lock); Check names which one it was.
/// </summary>
internal sealed class QueryBudget : IDisposable
{
    private readonly CancellationToken caller;
    private readonly CancellationTokenSource linked;
    private readonly long deadline;
    private readonly TimeSpan? timeout;

    public QueryBudget(QueryOptions options, CancellationToken caller)
    {
        this.caller = caller;
        timeout = options.Timeout;
        linked = CancellationTokenSource.CreateLinkedTokenSource(caller);
        if (timeout is { } limit) linked.CancelAfter(limit);
        deadline = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        Memory = new MemoryTracker(options.MaxMemoryBytes ?? long.MaxValue);
    }

    public CancellationToken Token => linked.Token;

    /// <summary>The deadline as a Stopwatch timestamp; long.MaxValue when there is no time limit.</summary>
    public long Deadline => deadline;

    public MemoryTracker Memory { get; }

    public void Check()
    {
        if (caller.IsCancellationRequested) throw Cancelled();
        if (Stopwatch.GetTimestamp() > deadline) throw TimedOut();
    }

    /// <summary>The error for an OperationCanceledException raised by a stage watching Token.</summary>
    public CypherException Stopped() => caller.IsCancellationRequested ? Cancelled() : TimedOut();

    private static CypherException Cancelled() =>
        new("Timeout", "Cancelled", ErrorPhase.Runtime, "The query was cancelled.");

    private CypherException TimedOut() =>
        new("Timeout", "TransactionTimedOut", ErrorPhase.Runtime,
            $"The query exceeded its time limit ({timeout?.TotalSeconds:0.###} s) and was stopped.");

    public void Dispose() => linked.Dispose();
}
