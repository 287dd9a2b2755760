using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>The component accessors (x.year, x.hour, x.offset ...) shared by the instant types. Keys are case-insensitive.</summary>
internal static class TemporalComponents
{
    public static bool TryGetDate(DateOnly date, string key, out object? value)
    {
        value = key.ToLowerInvariant() switch
        {
            "year" => (long)date.Year,
            "quarter" => (long)CalendarMath.Quarter(date),
            "month" => (long)date.Month,
            "week" => (long)CalendarMath.Week(date),
            "weekyear" => (long)CalendarMath.WeekYear(date),
            "dayofquarter" or "quarterday" => (long)CalendarMath.DayOfQuarter(date),
            "day" => (long)date.Day,
            "ordinalday" => (long)date.DayOfYear,
            "dayofweek" or "weekday" => (long)CalendarMath.DayOfWeek(date),
            _ => null,
        };
        return value is not null;
    }

    public static bool TryGetTime(long nanoOfDay, string key, out object? value)
    {
        value = key.ToLowerInvariant() switch
        {
            "hour" => nanoOfDay / NanosPerHour,
            "minute" => nanoOfDay / NanosPerMinute % 60,
            "second" => nanoOfDay / NanosPerSecond % 60,
            "millisecond" => nanoOfDay % NanosPerSecond / NanosPerMillisecond,
            "microsecond" => nanoOfDay % NanosPerSecond / NanosPerMicrosecond,
            "nanosecond" => nanoOfDay % NanosPerSecond,
            _ => (object?)null,
        };
        return value is not null;
    }

    /// <summary>timezone is the zone name when there is one, else the offset text.</summary>
    public static bool TryGetZone(int offsetSeconds, string? zoneId, string key, out object? value)
    {
        value = key.ToLowerInvariant() switch
        {
            "timezone" => zoneId ?? TemporalFormat.Offset(offsetSeconds),
            "offset" => TemporalFormat.Offset(offsetSeconds),
            "offsetminutes" => (long)(offsetSeconds / 60),
            "offsetseconds" => (long)offsetSeconds,
            _ => null,
        };
        return value is not null;
    }
}
