using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// The arithmetic Cypher defines on temporal values: instant ± duration, duration ± duration, duration × number
/// and duration ÷ number. The operators in Values/ delegate here once they see a temporal operand.
/// </summary>
public static class TemporalArithmetic
{
    /// <summary>a + b for instant + duration, duration + instant or duration + duration.</summary>
    public static TemporalValue Add(TemporalValue left, TemporalValue right) => Guard("+", left, right, () => (left, right) switch
    {
        (CypherDuration a, CypherDuration b) => new CypherDuration(
            checked(a.Months + b.Months), checked(a.Days + b.Days), checked(a.Seconds + b.Seconds), (long)a.Nanos + b.Nanos),
        (CypherDuration duration, var instant) => Plus(instant, duration),
        (var instant, CypherDuration duration) => Plus(instant, duration),
        _ => throw CypherErrors.OperatorTypes("+", left, right),
    });

    /// <summary>a - b for instant - duration or duration - duration.</summary>
    public static TemporalValue Subtract(TemporalValue left, TemporalValue right) => Guard("-", left, right, () => (left, right) switch
    {
        (CypherDuration a, CypherDuration b) => new CypherDuration(
            checked(a.Months - b.Months), checked(a.Days - b.Days), checked(a.Seconds - b.Seconds), (long)a.Nanos - b.Nanos),
        (not CypherDuration, CypherDuration duration) => Plus(left, Negate(duration)),
        _ => throw CypherErrors.OperatorTypes("-", left, right),
    });

    /// <summary>duration × number: exact for an integer, approximated through the average month and day for a float.</summary>
    public static CypherDuration Multiply(CypherDuration duration, object factor) => Guard("*", duration, factor, () => factor switch
    {
        long whole => CypherDuration.FromTotalNanos(checked(duration.Months * whole), checked(duration.Days * whole),
            duration.TotalNanos * whole),
        double fraction => Approximate(duration, part => part * fraction),
        _ => throw CypherErrors.OperatorTypes("*", duration, factor),
    });

    /// <summary>duration ÷ number, always approximated (P1M / 2 is 15 days and 5 hours ...).</summary>
    public static CypherDuration Divide(CypherDuration duration, object divisor) => Guard("/", duration, divisor, () =>
    {
        var value = divisor switch
        {
            long whole => whole == 0 ? throw CypherErrors.DivisionByZero() : (double)whole,
            double fraction => fraction,
            _ => throw CypherErrors.OperatorTypes("/", duration, divisor),
        };
        return Approximate(duration, part => part / value);
    });

    public static CypherDuration Negate(CypherDuration duration) =>
        new(checked(-duration.Months), checked(-duration.Days), checked(-duration.Seconds), -(long)duration.Nanos);

    /// <summary>
    /// Adds a duration to an instant: months first (clamping the day to the month's end), then days, then the
    /// seconds. A date takes only the whole days contained in the seconds; times wrap around midnight.
    /// </summary>
    public static TemporalValue Plus(TemporalValue instant, CypherDuration duration)
    {
        var nanos = duration.TotalNanos;
        switch (instant)
        {
            case CypherDate date:
                var moved = LocalDateTimeMath.AddDays(LocalDateTimeMath.AddMonths(date.Date, duration.Months), duration.Days);
                return new CypherDate(LocalDateTimeMath.AddDays(moved, nanos / NanosPerDay));
            case CypherLocalTime time:
                return new CypherLocalTime(LocalDateTimeMath.WrapNanoOfDay(time.NanoOfDay + nanos));
            case CypherTime time:
                return new CypherTime(LocalDateTimeMath.WrapNanoOfDay(time.NanoOfDay + nanos), time.OffsetSeconds);
            case CypherLocalDateTime local:
                var (localDate, localNano) = LocalDateTimeMath.AddNanos(ShiftDate(local.Date, duration), local.NanoOfDay, nanos);
                return new CypherLocalDateTime(localDate, localNano);
            case CypherDateTime dateTime:
                var shifted = ShiftDate(dateTime.Date, duration);
                var calendarMoved = dateTime.ZoneId is { } zone
                    ? CypherDateTime.InZone(shifted, dateTime.NanoOfDay, zone, dateTime.OffsetSeconds)
                    : CypherDateTime.AtOffset(shifted, dateTime.NanoOfDay, dateTime.OffsetSeconds);
                if (nanos == 0) return calendarMoved;
                var totalNanos = (Int128)calendarMoved.EpochSecond * NanosPerSecond + calendarMoved.NanoOfSecond + nanos;
                var epochSecond = (long)Floor(totalNanos, NanosPerSecond);
                return CypherDateTime.FromInstant(epochSecond, (long)(totalNanos - (Int128)epochSecond * NanosPerSecond), calendarMoved.Zone);
            default:
                throw CypherErrors.OperatorTypes("+", instant, duration);
        }
    }

    private static DateOnly ShiftDate(DateOnly date, CypherDuration duration) =>
        LocalDateTimeMath.AddDays(LocalDateTimeMath.AddMonths(date, duration.Months), duration.Days);

    private static Int128 Floor(Int128 value, long divisor)
    {
        var quotient = value / divisor;
        return value % divisor < 0 ? quotient - 1 : quotient;
    }

    private static CypherDuration Approximate(CypherDuration duration, Func<double, double> scale)
    {
        var builder = new DurationBuilder();
        builder.AddMonths(scale(duration.Months), 1);
        builder.AddDays(scale(duration.Days), 1);
        builder.AddSeconds(scale(duration.Seconds), 1);
        builder.AddNanos(scale(duration.Nanos), 1);
        return builder.Build();
    }

    /// <summary>Turns .NET overflow into the Cypher error for the operation.</summary>
    private static T Guard<T>(string operation, object left, object right, Func<T> compute)
    {
        try { return compute(); }
        catch (OverflowException) { throw TemporalErrors.Overflow($"The result of {CypherTypes.NameOf(left)} {operation} {CypherTypes.NameOf(right)}"); }
    }
}
