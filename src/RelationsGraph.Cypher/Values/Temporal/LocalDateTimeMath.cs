using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>Conversions between (date, nanosecond of day, offset) and epoch instants, with range checks.</summary>
internal static class LocalDateTimeMath
{
    public static long ToEpochSecond(DateOnly date, long nanoOfDay, int offsetSeconds) =>
        (long)(date.DayNumber - EpochDayNumber) * SecondsPerDay + nanoOfDay / NanosPerSecond - offsetSeconds;

    /// <summary>The wall-clock date and time at an instant seen from an offset; nanoOfSecond is the sub-second part.</summary>
    public static (DateOnly Date, long NanoOfDay) FromEpoch(long epochSecond, long nanoOfSecond, int offsetSeconds)
    {
        var localSecond = epochSecond + offsetSeconds;
        var day = Math.DivRem(localSecond, SecondsPerDay, out var secondOfDay);
        if (secondOfDay < 0) { secondOfDay += SecondsPerDay; day--; }
        return (DayFromEpochDay(day), secondOfDay * NanosPerSecond + nanoOfSecond);
    }

    /// <summary>Moves a wall-clock time by a signed number of nanoseconds, carrying into the date.</summary>
    public static (DateOnly Date, long NanoOfDay) AddNanos(DateOnly date, long nanoOfDay, Int128 nanos)
    {
        var total = (Int128)nanoOfDay + nanos;
        var days = total / NanosPerDay;
        var rest = total % NanosPerDay;
        if (rest < 0) { rest += NanosPerDay; days--; }
        return (AddDays(date, days), (long)rest);
    }

    public static DateOnly AddDays(DateOnly date, Int128 days)
    {
        var target = date.DayNumber + days;
        if (target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber) throw TemporalErrors.Overflow("Date");
        return DateOnly.FromDayNumber((int)target);
    }

    public static DateOnly AddMonths(DateOnly date, long months)
    {
        var target = (long)date.Year * 12 + date.Month - 1 + months;
        if (target < 12 || target >= 10000 * 12) throw TemporalErrors.Overflow("Date");
        var year = (int)(target / 12);
        var month = (int)(target % 12) + 1;
        return new DateOnly(year, month, Math.Min(date.Day, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>Wraps a signed nanosecond count into one day, for times that have no date to carry into.</summary>
    public static long WrapNanoOfDay(Int128 nanos)
    {
        var rest = nanos % NanosPerDay;
        if (rest < 0) rest += NanosPerDay;
        return (long)rest;
    }

    private static DateOnly DayFromEpochDay(long epochDay) => AddDays(new DateOnly(1970, 1, 1), epochDay);
}
