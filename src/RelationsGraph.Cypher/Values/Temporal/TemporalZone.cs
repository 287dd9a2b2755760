namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// Where a date-time lives: a fixed offset (ZoneId null), or a named zone. For a named zone OffsetSeconds is the
/// offset the zone had at the value it was taken from, or 0 when parsed from a bare name.
/// </summary>
public readonly record struct TemporalZone(int OffsetSeconds, string? ZoneId)
{
    public static readonly TemporalZone Utc = new(0, null);

    /// <summary>Parses a timezone argument: an offset such as '+01:00' or 'Z', or a zone name such as 'Europe/Stockholm'.</summary>
    public static TemporalZone Parse(string text)
    {
        if (TimeZoneRules.LooksLikeOffset(text)) return new TemporalZone(TimeZoneRules.ParseOffset(text), null);
        TimeZoneRules.Find(text);
        return new TemporalZone(0, text);
    }

    /// <summary>The offset this zone has at a given instant.</summary>
    public int OffsetAt(long epochSecond) => ZoneId is { } id ? TimeZoneRules.OffsetAt(id, epochSecond) : OffsetSeconds;
}
