using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// "Now" for date(), datetime.statement() and the rest. Cypher wants one instant per statement (and per transaction),
/// so that datetime() = datetime() holds; the executor pins it with <see cref="PinStatementTime"/>. Without a pin,
/// and always for the .realtime variants, the system clock is read.
/// </summary>
public static class TemporalClock
{
    private static readonly AsyncLocal<DateTimeOffset?> PinnedInstant = new();

    /// <summary>Fixes "now" for the current statement until the returned scope is disposed.</summary>
    public static IDisposable PinStatementTime(DateTimeOffset? instant = null)
    {
        var previous = PinnedInstant.Value;
        PinnedInstant.Value = instant ?? DateTimeOffset.UtcNow;
        return new Restore(previous);
    }

    /// <summary>The statement's instant when pinned, else the current one, seen from a zone.</summary>
    internal static CypherDateTime Now(TemporalZone zone) => At(PinnedInstant.Value ?? DateTimeOffset.UtcNow, zone);

    /// <summary>The current instant regardless of any pin, for the .realtime functions.</summary>
    internal static CypherDateTime RealNow(TemporalZone zone) => At(DateTimeOffset.UtcNow, zone);

    private static CypherDateTime At(DateTimeOffset instant, TemporalZone zone)
    {
        var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest);
        if (rest < 0) { rest += TimeSpan.TicksPerSecond; seconds--; }
        return CypherDateTime.FromInstant(seconds, rest * 100, zone);
    }

    private sealed class Restore(DateTimeOffset? previous) : IDisposable
    {
        public void Dispose() => PinnedInstant.Value = previous;
    }
}
