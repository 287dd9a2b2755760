using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// "Now" for date(), datetime.transaction() and the rest. All clock variants read the system clock; the engine has
/// no per-statement clock to pin, so .statement and .transaction are as current as .realtime.
/// </summary>
internal static class TemporalClock
{
    public static CypherDateTime Now(TemporalZone zone)
    {
        var ticks = DateTimeOffset.UtcNow.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return CypherDateTime.FromInstant(ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100, zone);
    }
}
