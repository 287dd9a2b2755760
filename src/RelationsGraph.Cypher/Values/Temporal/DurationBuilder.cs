using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// Accumulates duration parts given in any unit, whole or fractional, and folds fractions down the way Neo4j does:
/// a fraction of a month becomes days and seconds through the average month, a fraction of a day becomes seconds,
/// fractions of seconds become nanoseconds (truncated). Whole parts are added exactly.
/// </summary>
internal sealed class DurationBuilder
{
    private long _months, _days, _seconds;
    private Int128 _nanos;
    private double _fractionalMonths, _fractionalDays, _fractionalSeconds, _fractionalNanos;

    /// <summary>Adds a value in a named unit (years, months, weeks, days, hours, ... nanoseconds); false for an unknown unit.</summary>
    public bool TryAdd(string unit, object value)
    {
        try { return TryAddPart(unit, value); }
        catch (OverflowException) { throw TemporalErrors.Overflow("Duration"); }
    }

    private bool TryAddPart(string unit, object value)
    {
        switch (unit.ToLowerInvariant())
        {
            case "years": AddMonths(value, 12); return true;
            case "quarters": AddMonths(value, 3); return true;
            case "months": AddMonths(value, 1); return true;
            case "weeks": AddDays(value, 7); return true;
            case "days": AddDays(value, 1); return true;
            case "hours": AddSeconds(value, 3600); return true;
            case "minutes": AddSeconds(value, 60); return true;
            case "seconds": AddSeconds(value, 1); return true;
            case "milliseconds": AddNanos(value, NanosPerMillisecond); return true;
            case "microseconds": AddNanos(value, NanosPerMicrosecond); return true;
            case "nanoseconds": AddNanos(value, 1); return true;
            default: return false;
        }
    }

    public void AddMonths(object value, long factor)
    {
        if (value is long whole) _months = checked(_months + whole * factor);
        else _fractionalMonths += ToDouble(value) * factor;
    }

    public void AddDays(object value, long factor)
    {
        if (value is long whole) _days = checked(_days + whole * factor);
        else _fractionalDays += ToDouble(value) * factor;
    }

    public void AddSeconds(object value, long factor)
    {
        if (value is long whole) _seconds = checked(_seconds + whole * factor);
        else _fractionalSeconds += ToDouble(value) * factor;
    }

    public void AddNanos(object value, long factor)
    {
        if (value is long whole) _nanos += (Int128)whole * factor;
        else _fractionalNanos += ToDouble(value) * factor;
    }

    public CypherDuration Build()
    {
        try { return Fold(); }
        catch (OverflowException) { throw TemporalErrors.Overflow("Duration"); }
    }

    private CypherDuration Fold()
    {
        var wholeMonths = Math.Truncate(_fractionalMonths);
        var wholeDays = Math.Truncate(_fractionalDays);
        var dayFractionNanos = (_fractionalMonths - wholeMonths) * SecondsPerAverageMonth * NanosPerSecond
                               + (_fractionalDays - wholeDays) * NanosPerDay;
        var daysFromFractions = Math.Truncate(dayFractionNanos / NanosPerDay);
        var wholeSeconds = Math.Truncate(_fractionalSeconds);
        var leftoverNanos = _fractionalNanos + (_fractionalSeconds - wholeSeconds) * NanosPerSecond
                            + (dayFractionNanos - daysFromFractions * NanosPerDay);

        var months = checked(_months + ToLong(wholeMonths));
        var days = checked(_days + ToLong(wholeDays) + ToLong(daysFromFractions));
        var nanos = _nanos + ToLong(Math.Truncate(leftoverNanos));
        var seconds = checked(_seconds + ToLong(wholeSeconds) + (long)(nanos / NanosPerSecond));
        return new CypherDuration(months, days, seconds, (long)(nanos % NanosPerSecond));
    }

    private static double ToDouble(object value) => value switch
    {
        double d => d,
        long l => l,
        _ => throw new ArgumentException($"Not a number: {value}"),
    };

    private static long ToLong(double value)
    {
        if (double.IsNaN(value) || value >= 9.2233720368547758E18 || value < -9.2233720368547758E18)
            throw TemporalErrors.Overflow("Duration");
        return (long)value;
    }
}
