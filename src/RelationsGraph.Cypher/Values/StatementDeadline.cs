using System.Diagnostics;

namespace RelationsGraph.Cypher.Values;

/// <summary>
/// The running statement's deadline, ambient on its thread like the memory tracker, for value
/// operations that can run long inside one call and take a timeout of their own (regular expressions).
/// </summary>
internal static class StatementDeadline
{
    [ThreadStatic] private static long deadline;

    /// <summary>Time left before the statement's deadline; null when it has none.</summary>
    public static TimeSpan? Remaining
    {
        get
        {
            if (deadline == 0) return null;
            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            return left < TimeSpan.Zero ? TimeSpan.Zero : left;
        }
    }

    /// <summary>For loops inside one value operation that may outlast the statement's time limit.</summary>
    public static void ThrowIfPassed()
    {
        if (deadline != 0 && Stopwatch.GetTimestamp() > deadline)
            throw new CypherException("Timeout", "TransactionTimedOut", ErrorPhase.Runtime, "The query exceeded its time limit and was stopped.");
    }

    /// <summary>Sets the deadline (a Stopwatch timestamp; long.MaxValue for none) until the scope is disposed.</summary>
    public static Scope Enter(long timestamp)
    {
        var previous = deadline;
        deadline = timestamp == long.MaxValue ? 0 : timestamp;
        return new Scope(previous);
    }

    public readonly struct Scope(long previous) : IDisposable
    {
        public void Dispose() => deadline = previous;
    }
}
