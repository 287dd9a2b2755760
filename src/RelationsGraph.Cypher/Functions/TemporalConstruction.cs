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
        _ => WithMap("date", argument, fields => new CypherDate(ResolveDate("date", fields, BaseDate(fields)))),
    };

    public static CypherLocalTime LocalTime(object argument) => argument switch
    {
        string text => IsoTemporalParser.ParseLocalTime(text),
        TemporalValue temporal => TimeOf(temporal) is { } nano ? new CypherLocalTime(nano) : throw TemporalFunctionErrors.CannotProject("localtime", argument),
        _ => WithMap("localtime", argument, fields => new CypherLocalTime(ResolveTime(fields, BaseTime(fields).Nano))),
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
            new CypherLocalDateTime(ResolveDate("localdatetime", fields, BaseDate(fields)), ResolveTime(fields, BaseTime(fields).Nano))),
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
        var nano = ResolveTime(fields, baseNano);
        if (fields.Text("timezone") is not { } timezone) return new CypherTime(nano, sourceZone?.OffsetSeconds ?? 0);
        var target = TemporalZone.Parse(timezone);
        var targetOffset = target.ZoneId is null ? target.OffsetSeconds : TemporalClock.Now(target).OffsetSeconds;
        var local = new CypherTime(nano, sourceZone?.OffsetSeconds ?? targetOffset);
        return sourceZone is null ? local : local.WithOffsetSameInstant(targetOffset);
    }

    private static CypherDateTime DateTimeFromMap(TemporalMapFields fields)
    {
        if (fields.HasAny("epochSeconds", "epochMillis")) return FromEpochFields(fields);
        var date = ResolveDate("datetime", fields, BaseDate(fields));
        var (baseNano, sourceZone) = BaseTime(fields);
        var nano = ResolveTime(fields, baseNano);
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
            return CypherDateTime.FromInstant(seconds + subSecond / NanosPerSecond, subSecond % NanosPerSecond, zone);
        var millis = fields.Integer("epochMillis")!.Value;
        var total = (Int128)millis * NanosPerMillisecond + subSecond;
        var epochSecond = (long)(total / NanosPerSecond);
        var rest = (long)(total % NanosPerSecond);
        if (rest < 0) { rest += NanosPerSecond; epochSecond--; }
        return CypherDateTime.FromInstant(epochSecond, rest, zone);
    }

    /// <summary>
    /// Picks the date from the fields, in the first calendar they name: week date (year is then the week year),
    /// ordinal date, quarter date or month date. Missing fields come from the base date, else default to the first.
    /// </summary>
    private static DateOnly ResolveDate(string function, TemporalMapFields fields, DateOnly? baseDate)
    {
        var year = fields.Integer("year");
        if (fields.HasAny("week", "dayOfWeek"))
        {
            var weekYear = year ?? Require(function, baseDate, "year", CalendarMath.WeekYear);
            var week = fields.Integer("week") ?? Optional(baseDate, CalendarMath.Week) ?? 1;
            var dayOfWeek = fields.Integer("dayOfWeek") ?? Optional(baseDate, CalendarMath.DayOfWeek) ?? 1;
            return CalendarMath.FromWeek(weekYear, week, dayOfWeek);
        }
        var calendarYear = year ?? Require(function, baseDate, "year", d => d.Year);
        if (fields.Has("ordinalDay")) return CalendarMath.FromOrdinal(calendarYear, fields.Integer("ordinalDay")!.Value);
        if (fields.HasAny("quarter", "dayOfQuarter"))
        {
            var quarter = fields.Integer("quarter") ?? Optional(baseDate, CalendarMath.Quarter) ?? 1;
            var dayOfQuarter = fields.Integer("dayOfQuarter") ?? Optional(baseDate, CalendarMath.DayOfQuarter) ?? 1;
            return CalendarMath.FromQuarter(calendarYear, quarter, dayOfQuarter);
        }
        var month = fields.Integer("month") ?? Optional(baseDate, d => d.Month) ?? 1;
        var day = fields.Integer("day") ?? Optional(baseDate, d => d.Day) ?? 1;
        return CalendarMath.FromCalendar(calendarYear, month, day);
    }

    /// <summary>Hour, minute and second replace the base time's; the sub-second fields are merged by <see cref="ResolveFraction"/>.</summary>
    private static long ResolveTime(TemporalMapFields fields, long? baseNano)
    {
        var hour = CalendarMath.CheckRange("hour", fields.Integer("hour") ?? baseNano / NanosPerHour ?? 0, 0, 23);
        var minute = CalendarMath.CheckRange("minute", fields.Integer("minute") ?? baseNano / NanosPerMinute % 60 ?? 0, 0, 59);
        var second = CalendarMath.CheckRange("second", fields.Integer("second") ?? baseNano / NanosPerSecond % 60 ?? 0, 0, 59);
        return hour * NanosPerHour + minute * NanosPerMinute + second * NanosPerSecond + ResolveFraction(fields, baseNano % NanosPerSecond ?? 0);
    }

    /// <summary>
    /// millisecond, microsecond and nanosecond add up ({millisecond: 123, microsecond: 456} is .123456). Over a base
    /// value they replace only the digits they reach: {nanosecond: 2} over .645 gives .645000002, while
    /// {millisecond: 7} over .645876 gives .007. A nanosecond of 1000 or more reaches the coarser digits too.
    /// </summary>
    private static long ResolveFraction(TemporalMapFields fields, long baseFraction)
    {
        if (!fields.HasAny("millisecond", "microsecond", "nanosecond")) return baseFraction;
        var millisecond = fields.Integer("millisecond");
        var microsecond = fields.Integer("microsecond");
        var nanosecond = fields.Integer("nanosecond");
        CalendarMath.CheckRange("millisecond", millisecond ?? 0, 0, 999);
        CalendarMath.CheckRange("microsecond", microsecond ?? 0, 0, millisecond is null ? 999_999 : 999);
        CalendarMath.CheckRange("nanosecond", nanosecond ?? 0, 0, microsecond is not null ? 999 : millisecond is not null ? 999_999 : 999_999_999);
        var given = (millisecond ?? 0) * NanosPerMillisecond + (microsecond ?? 0) * NanosPerMicrosecond + (nanosecond ?? 0);
        var boundary = millisecond is not null ? NanosPerSecond : microsecond is not null ? NanosPerMillisecond : NanosPerMicrosecond;
        while (boundary < NanosPerSecond && given >= boundary) boundary *= 1000;
        return baseFraction - baseFraction % boundary + given;
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

    private static long Require(string function, DateOnly? baseDate, string field, Func<DateOnly, int> read) =>
        baseDate is { } date ? read(date) : throw TemporalFunctionErrors.Missing(function, field);

    private static long? Optional(DateOnly? baseDate, Func<DateOnly, int> read) => baseDate is { } date ? read(date) : null;
}
