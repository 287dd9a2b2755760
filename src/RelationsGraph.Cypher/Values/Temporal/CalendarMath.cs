using System.Globalization;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>ISO-8601 calendar views of a date: week dates, ordinal dates and quarters.</summary>
internal static class CalendarMath
{
    /// <summary>ISO day of week: Monday = 1 ... Sunday = 7.</summary>
    public static int DayOfWeek(DateOnly date) => date.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static int WeekYear(DateOnly date) => ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue));

    public static int Week(DateOnly date) => ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    public static int Quarter(DateOnly date) => (date.Month - 1) / 3 + 1;

    public static int DayOfQuarter(DateOnly date) => date.DayNumber - QuarterStart(date.Year, Quarter(date)).DayNumber + 1;

    public static DateOnly FromCalendar(long year, long month, long day)
    {
        var y = CheckRange("year", year, 1, 9999);
        var m = CheckRange("month", month, 1, 12);
        var d = CheckRange("day", day, 1, DateTime.DaysInMonth(y, m));
        return new DateOnly(y, m, d);
    }

    public static DateOnly FromWeek(long weekYear, long week, long dayOfWeek)
    {
        var y = CheckRange("year", weekYear, 1, 9999);
        var w = CheckRange("week", week, 1, ISOWeek.GetWeeksInYear(y));
        var d = CheckRange("dayOfWeek", dayOfWeek, 1, 7);
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, (System.DayOfWeek)(d % 7)));
    }

    public static DateOnly FromOrdinal(long year, long ordinalDay)
    {
        var y = CheckRange("year", year, 1, 9999);
        var o = CheckRange("ordinalDay", ordinalDay, 1, DateTime.IsLeapYear(y) ? 366 : 365);
        return new DateOnly(y, 1, 1).AddDays(o - 1);
    }

    public static DateOnly FromQuarter(long year, long quarter, long dayOfQuarter)
    {
        var y = CheckRange("year", year, 1, 9999);
        var q = CheckRange("quarter", quarter, 1, 4);
        var start = QuarterStart(y, q);
        var length = start.AddMonths(3).DayNumber - start.DayNumber;
        var d = CheckRange("dayOfQuarter", dayOfQuarter, 1, length);
        return start.AddDays(d - 1);
    }

    private static DateOnly QuarterStart(int year, int quarter) => new(year, (quarter - 1) * 3 + 1, 1);

    public static int CheckRange(string field, long value, long min, long max)
    {
        if (value < min || value > max)
            throw TemporalErrors.InvalidValue($"Invalid value for {field} (valid values {min} - {max}): {value}");
        return (int)value;
    }
}
