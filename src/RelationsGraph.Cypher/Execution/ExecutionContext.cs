using System.Diagnostics;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution;

/// <summary>Everything operators need while a statement runs: the store view, parameters, counters and the time budget.</summary>
internal sealed class ExecutionContext
{
    private readonly CancellationToken cancellation;
    private readonly long deadline;
    private int ticks;

    public ExecutionContext(IGraphReader reader, IReadOnlyDictionary<string, object?> parameters, TimeSpan? timeout, CancellationToken cancellation)
    {
        Reader = reader;
        Writer = reader as IGraphWriter;
        Parameters = parameters;
        this.cancellation = cancellation;
        deadline = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    }

    public IGraphReader Reader { get; }
    public IGraphWriter? Writer { get; }
    public IReadOnlyDictionary<string, object?> Parameters { get; }
    public QueryStatisticsCounter Statistics { get; } = new();

    public IGraphWriter RequireWriter() =>
        Writer ?? throw new CypherException("AccessMode", "WriteInReadTransaction", ErrorPhase.Runtime, "Writing is not possible in a read transaction.");

    /// <summary>Called by operators once per row; looks at the clock and the token only every 256 calls to stay cheap.</summary>
    public void CheckInterrupt()
    {
        if ((++ticks & 255) != 0) return;
        CheckNow();
    }

    public void CheckNow()
    {
        if (cancellation.IsCancellationRequested)
            throw new CypherException("Timeout", "Cancelled", ErrorPhase.Runtime, "The query was cancelled.");
        if (Stopwatch.GetTimestamp() > deadline)
            throw new CypherException("Timeout", "TransactionTimedOut", ErrorPhase.Runtime, "The query exceeded its time limit and was stopped.");
    }
}
