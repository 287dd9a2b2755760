using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>A time of day with a fixed UTC offset, e.g. 21:40:32.142+01:00.</summary>
public sealed class CypherTime : TemporalValue, IEquatable<CypherTime>
{
    public CypherTime(long nanoOfDay, int offsetSeconds)
    {
        if (nanoOfDay < 0 || nanoOfDay >= NanosPerDay) throw new ArgumentOutOfRangeException(nameof(nanoOfDay));
        NanoOfDay = nanoOfDay;
        OffsetSeconds = offsetSeconds;
    }

    public long NanoOfDay { get; }

    public int OffsetSeconds { get; }

    /// <summary>The same moment of the day expressed in UTC, used for ordering times with different offsets.</summary>
    public long UtcNanoOfDay => NanoOfDay - OffsetSeconds * NanosPerSecond;

    public override string Kind => "Time";

    public override bool TryGetComponent(string key, out object? value) =>
        TemporalComponents.TryGetTime(NanoOfDay, key, out value)
        || TemporalComponents.TryGetZone(OffsetSeconds, null, key, out value);

    /// <summary>The same instant seen from another offset.</summary>
    public CypherTime WithOffsetSameInstant(int offsetSeconds) =>
        new(LocalDateTimeMath.WrapNanoOfDay((Int128)NanoOfDay + (offsetSeconds - OffsetSeconds) * NanosPerSecond), offsetSeconds);

    public override string ToString() => TemporalFormat.Time(NanoOfDay) + TemporalFormat.Offset(OffsetSeconds);

    public bool Equals(CypherTime? other) => other is not null && other.NanoOfDay == NanoOfDay && other.OffsetSeconds == OffsetSeconds;

    public override bool Equals(object? obj) => Equals(obj as CypherTime);

    public override int GetHashCode() => HashCode.Combine(NanoOfDay, OffsetSeconds);
}
