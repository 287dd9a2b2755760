namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>The date, time of day and zone a temporal value carries, each null when its kind has none.</summary>
internal static class TemporalParts
{
    public static DateOnly? DateOf(TemporalValue value) => value switch
    {
        CypherDate d => d.Date,
        CypherLocalDateTime l => l.Date,
        CypherDateTime dt => dt.Date,
        _ => null,
    };

    /// <summary>Nanoseconds since midnight on the value's own wall clock.</summary>
    public static long? TimeOf(TemporalValue value) => value switch
    {
        CypherLocalTime t => t.NanoOfDay,
        CypherTime t => t.NanoOfDay,
        CypherLocalDateTime l => l.NanoOfDay,
        CypherDateTime dt => dt.NanoOfDay,
        _ => null,
    };

    public static TemporalZone? ZoneOf(TemporalValue value) => value switch
    {
        CypherTime t => new TemporalZone(t.OffsetSeconds, null),
        CypherDateTime dt => dt.Zone,
        _ => null,
    };
}
