using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// date.truncate(unit, value[, fields]) and its siblings: cut a value down to the start of a unit
/// (millennium ... microsecond), then apply optional field overrides as the constructor would.
/// </summary>
internal static class TemporalTruncation
{
    public static object Truncate(string type, string unit, object value, object? overrides)
    {
        if (value is not TemporalValue temporal || temporal is CypherDuration)
            throw CypherErrors.FunctionArgument($"{type}.truncate", value, "a temporal instant");
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var date = TemporalParts.DateOf(temporal);
        var nano = TemporalParts.TimeOf(temporal) ?? 0;
        var lowered = unit.ToLowerInvariant();
        if (date is { } day && IsDateUnit(lowered))
        {
            fields["date"] = new CypherDate(TruncateDate(lowered, day, $"{type}.truncate"));
            nano = 0;
        }
        else if (date is { } unchanged)
        {
            fields["date"] = new CypherDate(unchanged);
            nano = TruncateTime(lowered, nano, $"{type}.truncate");
        }
        else if (lowered == "day") nano = 0;
        else
        {
            if (IsDateUnit(lowered)) throw CypherErrors.InvalidArgumentValue($"{type}.truncate(): cannot truncate a time to {unit}.");
            nano = TruncateTime(lowered, nano, $"{type}.truncate");
        }
        var overrideMap = overrides is null
            ? new Dictionary<string, object?>()
            : CypherTypes.AsMap(overrides) ?? throw CypherErrors.FunctionArgument($"{type}.truncate", overrides, "a Map");
        // Zone-bearing values keep their zone; a timezone among the overrides replaces it without moving the clock.
        fields["time"] = temporal switch
        {
            _ when overrideMap.ContainsKey("timezone") => new CypherLocalTime(nano),
            CypherTime t => new CypherTime(nano, t.OffsetSeconds),
            CypherDateTime dt => CypherDateTime.Create(dt.Date, nano, dt.Zone),
            _ => new CypherLocalTime(nano),
        };
        foreach (var (key, field) in overrideMap) fields[key] = field;
        if (type is "date" or "localtime" or "time") fields.Remove(type == "date" ? "time" : "date");
        return type switch
        {
            "date" => TemporalConstruction.Date(fields),
            "localtime" => TemporalConstruction.LocalTime(fields),
            "time" => TemporalConstruction.Time(fields),
            "localdatetime" => TemporalConstruction.LocalDateTime(fields),
            _ => TemporalConstruction.DateTime(fields),
        };
    }

    private static bool IsDateUnit(string unit) => unit is "millennium" or "century" or "decade" or "year" or "weekyear" or "quarter" or "month" or "week" or "day";

    private static DateOnly TruncateDate(string unit, DateOnly date, string function) => unit switch
    {
        "millennium" => new DateOnly(Math.Max(1, date.Year / 1000 * 1000), 1, 1),
        "century" => new DateOnly(Math.Max(1, date.Year / 100 * 100), 1, 1),
        "decade" => new DateOnly(Math.Max(1, date.Year / 10 * 10), 1, 1),
        "year" => new DateOnly(date.Year, 1, 1),
        "weekyear" => CalendarMath.FromWeek(CalendarMath.WeekYear(date), 1, 1),
        "quarter" => new DateOnly(date.Year, (CalendarMath.Quarter(date) - 1) * 3 + 1, 1),
        "month" => new DateOnly(date.Year, date.Month, 1),
        "week" => date.AddDays(1 - CalendarMath.DayOfWeek(date)),
        "day" => date,
        _ => throw CypherErrors.InvalidArgumentValue($"{function}(): unknown unit '{unit}'."),
    };

    private static long TruncateTime(string unit, long nano, string function) => unit switch
    {
        "hour" => nano - nano % NanosPerHour,
        "minute" => nano - nano % NanosPerMinute,
        "second" => nano - nano % NanosPerSecond,
        "millisecond" => nano - nano % NanosPerMillisecond,
        "microsecond" => nano - nano % NanosPerMicrosecond,
        _ => throw CypherErrors.InvalidArgumentValue($"{function}(): unknown unit '{unit}'."),
    };
}
