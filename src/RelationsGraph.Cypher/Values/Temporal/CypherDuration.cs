using System.Text;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// A duration as Neo4j keeps it: months, days and seconds are independent (a month is not a fixed number of days,
/// nor a day of seconds); nanoseconds are normalised into [0, 1e9) with the sign carried by Seconds.
/// </summary>
public sealed class CypherDuration : TemporalValue, IEquatable<CypherDuration>
{
    public static readonly CypherDuration Zero = new(0, 0, 0, 0);

    public CypherDuration(long months, long days, long seconds, long nanos)
    {
        Months = months;
        Days = days;
        var carry = Math.DivRem(nanos, NanosPerSecond, out var rest);
        if (rest < 0) { rest += NanosPerSecond; carry--; }
        Seconds = checked(seconds + carry);
        Nanos = (int)rest;
    }

    /// <summary>A duration whose time part is one signed nanosecond count, which may exceed what a long holds.</summary>
    public static CypherDuration FromTotalNanos(long months, long days, Int128 nanos)
    {
        var seconds = nanos / NanosPerSecond;
        if (seconds > long.MaxValue || seconds < long.MinValue) throw TemporalErrors.Overflow("Duration");
        return new CypherDuration(months, days, (long)seconds, (long)(nanos % NanosPerSecond));
    }

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    /// <summary>Always in [0, 999 999 999].</summary>
    public int Nanos { get; }

    /// <summary>Seconds and nanoseconds together as one signed nanosecond count.</summary>
    public Int128 TotalNanos => (Int128)Seconds * NanosPerSecond + Nanos;

    public override string Kind => "Duration";

    public override bool TryGetComponent(string key, out object? value)
    {
        value = key.ToLowerInvariant() switch
        {
            "years" => Months / 12,
            "quarters" => Months / 3,
            "months" => Months,
            "weeks" => Days / 7,
            "days" => Days,
            "hours" => Seconds / 3600,
            "minutes" => Seconds / 60,
            "seconds" => Seconds,
            "milliseconds" => checked(Seconds * 1000 + Nanos / NanosPerMillisecond),
            "microseconds" => checked(Seconds * 1_000_000 + Nanos / NanosPerMicrosecond),
            "nanoseconds" => checked(Seconds * NanosPerSecond + Nanos),
            "quartersofyear" => Months / 3 % 4,
            "monthsofquarter" => Months % 3,
            "monthsofyear" => Months % 12,
            "daysofweek" => Days % 7,
            "hoursofday" => Seconds / 3600 % 24,
            "minutesofhour" => Seconds / 60 % 60,
            "secondsofminute" => Seconds % 60,
            "millisecondsofsecond" => Nanos / NanosPerMillisecond,
            "microsecondsofsecond" => Nanos / NanosPerMicrosecond,
            "nanosecondsofsecond" => (long)Nanos,
            _ => (object?)null,
        };
        return value is not null;
    }

    /// <summary>
    /// ISO-8601 as Neo4j prints it: PnYnMnDTnHnMnS, zero parts left out, each part carrying its own sign
    /// (P12Y5M-14DT16H, PT-1M-0.001S); the empty duration is PT0S.
    /// </summary>
    public override string ToString()
    {
        var builder = new StringBuilder("P");
        AppendPart(builder, Months / 12, 'Y');
        AppendPart(builder, Months % 12, 'M');
        AppendPart(builder, Days, 'D');
        var total = TotalNanos;
        if (total != 0)
        {
            builder.Append('T');
            var sign = total < 0 ? "-" : "";
            var magnitude = total < 0 ? -total : total;
            var wholeSeconds = (long)(magnitude / NanosPerSecond);
            var fraction = (long)(magnitude % NanosPerSecond);
            if (wholeSeconds / 3600 != 0) builder.Append(sign).Append(wholeSeconds / 3600).Append('H');
            if (wholeSeconds / 60 % 60 != 0) builder.Append(sign).Append(wholeSeconds / 60 % 60).Append('M');
            if (wholeSeconds % 60 != 0 || fraction != 0)
                builder.Append(sign).Append(TemporalFormat.SecondsWithFraction(wholeSeconds % 60, fraction)).Append('S');
        }
        return builder.Length == 1 ? "PT0S" : builder.ToString();
    }

    private static void AppendPart(StringBuilder builder, long value, char unit)
    {
        if (value != 0) builder.Append(value).Append(unit);
    }

    public bool Equals(CypherDuration? other) =>
        other is not null && other.Months == Months && other.Days == Days && other.Seconds == Seconds && other.Nanos == Nanos;

    public override bool Equals(object? obj) => Equals(obj as CypherDuration);

    public override int GetHashCode() => HashCode.Combine(Months, Days, Seconds, Nanos);
}
