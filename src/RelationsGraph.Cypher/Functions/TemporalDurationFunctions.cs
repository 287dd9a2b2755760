using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;
using static RelationsGraph.Cypher.Values.Temporal.TemporalParts;

namespace RelationsGraph.Cypher.Functions;

/// <summary>duration() from a map or ISO text, and the differences between two temporal values (duration.between &amp; co).</summary>
internal static class DurationFunctions
{
    public static object Duration(object argument)
    {
        switch (argument)
        {
            case string text: return IsoDurationParser.Parse(text);
            case CypherDuration duration: return duration;
        }
        if (CypherTypes.AsMap(argument) is not { } map) throw CypherErrors.FunctionArgument("duration", argument, "a String or a Map");
        var builder = new DurationBuilder();
        foreach (var (key, value) in map)
        {
            if (value is null) continue;
            if (value is not (long or double)) throw CypherErrors.FunctionArgument("duration", value, $"a number for {key}");
            if (!builder.TryAdd(key, value)) throw TemporalFunctionErrors.UnknownField("duration", key);
        }
        return builder.Build();
    }

    /// <summary>Whole months, then whole days, then the remaining time; months and days only when both values have dates.</summary>
    public static CypherDuration Between(object from, object to)
    {
        var span = TemporalSpan.Of(from, to, "duration.between");
        if (!span.BothHaveDates) return CypherDuration.FromTotalNanos(0, 0, span.ElapsedNanos());
        var months = span.WholeMonths();
        var days = span.WholeDays(months);
        return CypherDuration.FromTotalNanos(months, days, span.ElapsedNanos(months, days));
    }

    public static CypherDuration InMonths(object from, object to)
    {
        var span = TemporalSpan.Of(from, to, "duration.inMonths");
        return span.BothHaveDates ? new CypherDuration(span.WholeMonths(), 0, 0, 0) : CypherDuration.Zero;
    }

    public static CypherDuration InDays(object from, object to)
    {
        var span = TemporalSpan.Of(from, to, "duration.inDays");
        return span.BothHaveDates ? new CypherDuration(0, span.WholeDays(0), 0, 0) : CypherDuration.Zero;
    }

    public static CypherDuration InSeconds(object from, object to) =>
        CypherDuration.FromTotalNanos(0, 0, TemporalSpan.Of(from, to, "duration.inSeconds").ElapsedNanos());
}

/// <summary>
/// Two instants made comparable the way Neo4j does: a value without a date borrows the other's date (a date alone
/// means midnight), a value without a zone is read in the other's zone, and the end is seen from the start's zone.
/// </summary>
internal sealed class TemporalSpan
{
    private readonly DateOnly _startDate, _endDate;
    private readonly long _startNano, _endNano;
    private readonly TemporalZone? _zone;
    private readonly Int128 _startInstant, _endInstant;

    private TemporalSpan(DateOnly startDate, long startNano, DateOnly endDate, long endNano, TemporalZone? zone,
        Int128 startInstant, Int128 endInstant, bool bothHaveDates)
    {
        (_startDate, _startNano, _endDate, _endNano, _zone) = (startDate, startNano, endDate, endNano, zone);
        (_startInstant, _endInstant, BothHaveDates) = (startInstant, endInstant, bothHaveDates);
    }

    public bool BothHaveDates { get; }

    public static TemporalSpan Of(object from, object to, string function)
    {
        if (from is not TemporalValue start || start is CypherDuration) throw CypherErrors.FunctionArgument(function, from, "a temporal instant");
        if (to is not TemporalValue end || end is CypherDuration) throw CypherErrors.FunctionArgument(function, to, "a temporal instant");
        var startDate = DateOf(start) ?? DateOf(end) ?? new DateOnly(1970, 1, 1);
        var endDate = DateOf(end) ?? startDate;
        var startZone = ZoneOf(start) ?? ZoneOf(end);
        var endZone = ZoneOf(end) ?? startZone;
        var bothHaveDates = DateOf(start) is not null && DateOf(end) is not null;
        if (startZone is not { } zone || endZone is not { } otherZone)
        {
            var (startNano, endNano) = (NanoOfDay(start), NanoOfDay(end));
            return new TemporalSpan(startDate, startNano, endDate, endNano, null,
                Position(startDate, startNano), Position(endDate, endNano), bothHaveDates);
        }
        var startValue = start as CypherDateTime ?? CypherDateTime.Create(startDate, NanoOfDay(start), zone);
        var endValue = end as CypherDateTime ?? CypherDateTime.Create(endDate, NanoOfDay(end), otherZone);
        var endSeenFromStart = CypherDateTime.FromInstant(endValue.EpochSecond, endValue.NanoOfSecond, zone);
        return new TemporalSpan(startValue.Date, startValue.NanoOfDay, endSeenFromStart.Date, endSeenFromStart.NanoOfDay, zone,
            Instant(startValue), Instant(endValue), bothHaveDates);
    }

    /// <summary>Calendar months fully elapsed between the wall-clock readings (truncated toward zero).</summary>
    public long WholeMonths()
    {
        var months = (long)(_endDate.Year * 12 + _endDate.Month) - (_startDate.Year * 12 + _startDate.Month);
        var endInMonth = (Int128)_endDate.Day * NanosPerDay + _endNano;
        var startInMonth = (Int128)_startDate.Day * NanosPerDay + _startNano;
        if (months > 0 && endInMonth < startInMonth) months--;
        else if (months < 0 && endInMonth > startInMonth) months++;
        return months;
    }

    /// <summary>Whole days between the start moved by some months and the end, on the wall clock.</summary>
    public long WholeDays(long afterMonths)
    {
        var shifted = LocalDateTimeMath.AddMonths(_startDate, afterMonths);
        return (long)((Position(_endDate, _endNano) - Position(shifted, _startNano)) / NanosPerDay);
    }

    /// <summary>Nanoseconds from the start moved by months and days to the end; real elapsed time when zones are involved.</summary>
    public Int128 ElapsedNanos(long afterMonths = 0, long afterDays = 0)
    {
        var shiftedDate = LocalDateTimeMath.AddDays(LocalDateTimeMath.AddMonths(_startDate, afterMonths), afterDays);
        if (_zone is not { } zone) return Position(_endDate, _endNano) - Position(shiftedDate, _startNano);
        if (afterMonths == 0 && afterDays == 0) return _endInstant - _startInstant;
        return _endInstant - Instant(CypherDateTime.Create(shiftedDate, _startNano, zone));
    }

    private static Int128 Position(DateOnly date, long nanoOfDay) => (Int128)date.DayNumber * NanosPerDay + nanoOfDay;

    private static Int128 Instant(CypherDateTime value) => (Int128)value.EpochSecond * NanosPerSecond + value.NanoOfSecond;

    /// <summary>The time of day, midnight for a date.</summary>
    private static long NanoOfDay(TemporalValue value) => TimeOf(value) ?? 0;
}
