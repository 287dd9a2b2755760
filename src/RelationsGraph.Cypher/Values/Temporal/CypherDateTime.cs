using System.Text;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// A date and time at a UTC offset, optionally in a named zone (then the offset follows the zone's rules),
/// e.g. 2015-07-21T21:40:32.142+02:00[Europe/Stockholm]. Kept as wall-clock fields plus offset.
/// </summary>
public sealed class CypherDateTime : TemporalValue, IEquatable<CypherDateTime>
{
    private CypherDateTime(DateOnly date, long nanoOfDay, int offsetSeconds, string? zoneId)
    {
        Date = date;
        NanoOfDay = nanoOfDay;
        OffsetSeconds = offsetSeconds;
        ZoneId = zoneId;
    }

    public DateOnly Date { get; }

    public long NanoOfDay { get; }

    public int OffsetSeconds { get; }

    /// <summary>The IANA zone name, or null for a value with a fixed offset only.</summary>
    public string? ZoneId { get; }

    public long EpochSecond => LocalDateTimeMath.ToEpochSecond(Date, NanoOfDay, OffsetSeconds);

    public long NanoOfSecond => NanoOfDay % NanosPerSecond;

    public override string Kind => "DateTime";

    /// <summary>A wall-clock time at a fixed offset.</summary>
    public static CypherDateTime AtOffset(DateOnly date, long nanoOfDay, int offsetSeconds) => new(date, nanoOfDay, offsetSeconds, null);

    /// <summary>A wall-clock time in a named zone; the offset comes from the zone (preferring the given one in an overlap).</summary>
    public static CypherDateTime InZone(DateOnly date, long nanoOfDay, string zoneId, int? preferredOffset = null)
    {
        var (offset, resolvedDate, resolvedNano) = TimeZoneRules.ResolveLocal(zoneId, date, nanoOfDay, preferredOffset);
        return new CypherDateTime(resolvedDate, resolvedNano, offset, zoneId);
    }

    /// <summary>A wall-clock time in either a named zone or at a fixed offset.</summary>
    public static CypherDateTime Create(DateOnly date, long nanoOfDay, TemporalZone zone) =>
        zone.ZoneId is { } id ? InZone(date, nanoOfDay, id) : AtOffset(date, nanoOfDay, zone.OffsetSeconds);

    /// <summary>An instant seen from a zone or offset.</summary>
    public static CypherDateTime FromInstant(long epochSecond, long nanoOfSecond, TemporalZone zone)
    {
        var offset = zone.OffsetAt(epochSecond);
        var (date, nanoOfDay) = LocalDateTimeMath.FromEpoch(epochSecond, nanoOfSecond, offset);
        return new CypherDateTime(date, nanoOfDay, offset, zone.ZoneId);
    }

    public TemporalZone Zone => new(OffsetSeconds, ZoneId);

    public override bool TryGetComponent(string key, out object? value)
    {
        if (TemporalComponents.TryGetDate(Date, key, out value) || TemporalComponents.TryGetTime(NanoOfDay, key, out value)
            || TemporalComponents.TryGetZone(OffsetSeconds, ZoneId, key, out value))
            return true;
        value = key.ToLowerInvariant() switch
        {
            "epochseconds" => EpochSecond,
            "epochmillis" => EpochSecond * 1000 + NanoOfSecond / NanosPerMillisecond,
            _ => (object?)null,
        };
        return value is not null;
    }

    public override string ToString()
    {
        var builder = new StringBuilder(TemporalFormat.Date(Date)).Append('T');
        TemporalFormat.AppendTime(builder, NanoOfDay);
        builder.Append(TemporalFormat.Offset(OffsetSeconds));
        if (ZoneId is not null) builder.Append('[').Append(ZoneId).Append(']');
        return builder.ToString();
    }

    /// <summary>Equal when the wall-clock time, offset and zone all match (as in Neo4j, not merely the instant).</summary>
    public bool Equals(CypherDateTime? other) =>
        other is not null && other.Date == Date && other.NanoOfDay == NanoOfDay && other.OffsetSeconds == OffsetSeconds
        && string.Equals(other.ZoneId, ZoneId, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as CypherDateTime);

    public override int GetHashCode() => HashCode.Combine(Date, NanoOfDay, OffsetSeconds, ZoneId);
}
