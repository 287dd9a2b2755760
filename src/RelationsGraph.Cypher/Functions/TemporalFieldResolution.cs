using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// Turns the fields of a constructor map into a date or a time of day, starting from a base value's fields
/// ({date: d, day: 28}) where one is given.
/// </summary>
internal static class TemporalFieldResolution
{
    /// <summary>
    /// Picks the date from the fields, in the first calendar they name: week date (year is then the week year),
    /// ordinal date, quarter date or month date. Missing fields come from the base date, else default to the first.
    /// </summary>
    public static DateOnly ResolveDate(string function, TemporalMapFields fields, DateOnly? baseDate)
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
        // Integer() is null for a null value, which names no calendar (a fuzz finding: {ordinalDay: null} dereferenced it).
        if (fields.Integer("ordinalDay") is { } ordinalDay) return CalendarMath.FromOrdinal(calendarYear, ordinalDay);
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
    public static long ResolveTime(TemporalMapFields fields, long? baseNano)
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

    private static long Require(string function, DateOnly? baseDate, string field, Func<DateOnly, int> read) =>
        baseDate is { } date ? read(date) : throw TemporalFunctionErrors.Missing(function, field);

    private static long? Optional(DateOnly? baseDate, Func<DateOnly, int> read) => baseDate is { } date ? read(date) : null;
}
