using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;
using static RelationsGraph.Cypher.Values.Temporal.TemporalParts;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// The bodies of date(), localtime(), time(), localdatetime() and datetime() for one non-null argument: an ISO
/// string, another temporal value (projected), or a map of fields that may start from other values
/// ({date: d, time: t, datetime: dt}) and override single fields of them.
/// </summary>
internal static class TemporalConstruction
{
    private static readonly string[] DateFields = ["year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"];
    private static readonly string[] TimeFields = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    public static CypherDate Date(object argument) => argument switch
    {
        string text => IsoTemporalParser.ParseDate(text),
        TemporalValue temporal => DateOf(temporal) is { } date ? new CypherDate(date) : throw TemporalFunctionErrors.CannotProject("date", argument),
        _ => WithMap("date", argument, fields => new CypherDate(TemporalFieldResolution.ResolveDate("date", fields, BaseDate(fields)))),
    };

    public static CypherLocalTime LocalTime(object argument) => argument switch
    {
        string text => IsoTemporalParser.ParseLocalTime(text),
        TemporalValue temporal => TimeOf(temporal) is { } nano ? new CypherLocalTime(nano) : throw TemporalFunctionErrors.CannotProject("localtime", argument),
        _ => WithMap("localtime", argument, fields => new CypherLocalTime(TemporalFieldResolution.ResolveTime(fields, BaseTime(fields).Nano))),
    };

    public static CypherTime Time(object argument) => argument switch
    {
        string text => IsoTemporalParser.ParseTime(text),
        TemporalValue temporal => TimeOf(temporal) is { } nano
            ? new CypherTime(nano, ZoneOf(temporal)?.OffsetSeconds ?? 0)
            : throw TemporalFunctionErrors.CannotProject("time", argument),
        _ => WithMap("time", argument, TimeFromMap),
    };

    public static CypherLocalDateTime LocalDateTime(object argument) => argument switch
    {
        string text => IsoTemporalParser.ParseLocalDateTime(text),
        TemporalValue temporal => DateOf(temporal) is { } date
            ? new CypherLocalDateTime(date, TimeOf(temporal) ?? 0)
            : throw TemporalFunctionErrors.CannotProject("localdatetime", argument),
        _ => WithMap("localdatetime", argument, fields =>
            new CypherLocalDateTime(TemporalFieldResolution.ResolveDate("localdatetime", fields, BaseDate(fields)), TemporalFieldResolution.ResolveTime(fields, BaseTime(fields).Nano))),
    };

    public static CypherDateTime DateTime(object argument) => argument switch
    {
        string text => IsoTemporalParser.ParseDateTime(text),
        CypherDateTime dateTime => dateTime,
        TemporalValue temporal => DateOf(temporal) is { } date
            ? CypherDateTime.Create(date, TimeOf(temporal) ?? 0, ZoneOf(temporal) ?? TemporalZone.Utc)
            : throw TemporalFunctionErrors.CannotProject("datetime", argument),
        _ => WithMap("datetime", argument, DateTimeFromMap),
    };

    /// <summary>True for a map that only names a timezone: date({timezone: 'Europe/Stockholm'}) means "today there".</summary>
    public static bool IsClockMap(object argument, out TemporalZone zone)
    {
        zone = TemporalZone.Utc;
        if (CypherTypes.AsMap(argument) is not { Count: 1 } map || !map.TryGetValue("timezone", out var value) || value is not string text) return false;
        zone = TemporalZone.Parse(text);
        return true;
    }

    private static CypherTime TimeFromMap(TemporalMapFields fields)
    {
        var (baseNano, sourceZone) = BaseTime(fields);
        var nano = TemporalFieldResolution.ResolveTime(fields, baseNano);
        if (fields.Text("timezone") is not { } timezone) return new CypherTime(nano, sourceZone?.OffsetSeconds ?? 0);
        var target = TemporalZone.Parse(timezone);
        var targetOffset = target.ZoneId is null ? target.OffsetSeconds : TemporalClock.Now(target).OffsetSeconds;
        var local = new CypherTime(nano, sourceZone?.OffsetSeconds ?? targetOffset);
        return sourceZone is null ? local : local.WithOffsetSameInstant(targetOffset);
    }

    private static CypherDateTime DateTimeFromMap(TemporalMapFields fields)
    {
        if (fields.HasAny("epochSeconds", "epochMillis")) return FromEpochFields(fields);
        var date = TemporalFieldResolution.ResolveDate("datetime", fields, BaseDate(fields));
        var (baseNano, sourceZone) = BaseTime(fields);
        var nano = TemporalFieldResolution.ResolveTime(fields, baseNano);
        var target = fields.Text("timezone") is { } timezone ? TemporalZone.Parse(timezone) : (TemporalZone?)null;
        if (sourceZone is not { } source) return CypherDateTime.Create(date, nano, target ?? TemporalZone.Utc);
        // The wall-clock fields belong to the source's zone; a new timezone then shows the same instant elsewhere.
        var inSource = source.ZoneId is { } zoneId
            ? CypherDateTime.InZone(date, nano, zoneId, source.OffsetSeconds)
            : CypherDateTime.AtOffset(date, nano, source.OffsetSeconds);
        return target is { } other ? CypherDateTime.FromInstant(inSource.EpochSecond, inSource.NanoOfSecond, other) : inSource;
    }

    private static CypherDateTime FromEpochFields(TemporalMapFields fields)
    {
        var zone = fields.Text("timezone") is { } timezone ? TemporalZone.Parse(timezone) : TemporalZone.Utc;
        var subSecond = (fields.Integer("millisecond") ?? 0) * NanosPerMillisecond + (fields.Integer("microsecond") ?? 0) * NanosPerMicrosecond
                        + (fields.Integer("nanosecond") ?? 0);
        if (fields.Integer("epochSeconds") is { } seconds)
        {
            var carried = (Int128)seconds + subSecond / NanosPerSecond;
            if (carried > long.MaxValue || carried < long.MinValue) throw TemporalErrors.Overflow("Date");
            return CypherDateTime.FromInstant((long)carried, subSecond % NanosPerSecond, zone);
        }
        // epochMillis is there but not an integer (datetime({epochMillis: 'x'})): the same error as epochSeconds would give.
        var millis = fields.Integer("epochMillis") ?? throw TemporalErrors.InvalidValue("epochMillis must be an Integer.");
        var total = (Int128)millis * NanosPerMillisecond + subSecond;
        var epochSecond = (long)(total / NanosPerSecond);
        var rest = (long)(total % NanosPerSecond);
        if (rest < 0) { rest += NanosPerSecond; epochSecond--; }
        return CypherDateTime.FromInstant(epochSecond, rest, zone);
    }

    private static DateOnly? BaseDate(TemporalMapFields fields)
    {
        foreach (var key in new[] { "date", "datetime" })
            if (fields.Temporal(key) is { } source)
                return DateOf(source) ?? throw TemporalFunctionErrors.CannotProject(key, source);
        return null;
    }

    /// <summary>The time to start from ('time' or else 'datetime') and the zone it carries, if any.</summary>
    private static (long? Nano, TemporalZone? Zone) BaseTime(TemporalMapFields fields)
    {
        foreach (var key in new[] { "time", "datetime" })
            if (fields.Temporal(key) is { } source)
                return (TimeOf(source) ?? throw TemporalFunctionErrors.CannotProject(key, source), ZoneOf(source));
        return (null, null);
    }

    private static T WithMap<T>(string function, object argument, Func<TemporalMapFields, T> build)
    {
        if (CypherTypes.AsMap(argument) is not { } map) throw TemporalFunctionErrors.CannotProject(function, argument);
        string[] allowed = function switch
        {
            "date" => [.. DateFields, "date", "datetime"],
            "localtime" => [.. TimeFields, "time", "datetime"],
            "time" => [.. TimeFields, "time", "datetime", "timezone"],
            "localdatetime" => [.. DateFields, .. TimeFields, "date", "time", "datetime"],
            _ => [.. DateFields, .. TimeFields, "date", "time", "datetime", "timezone", "epochSeconds", "epochMillis"],
        };
        return build(new TemporalMapFields(function, map, allowed));
    }
}
