using System.Globalization;
using System.Text;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>ISO-8601 renderings in the exact shape Neo4j (and so the TCK) prints them.</summary>
internal static class TemporalFormat
{
    public static string Date(DateOnly date) =>
        date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>HH:mm, then :ss only when seconds or a fraction exist; the fraction in groups of 3, 6 or 9 digits.</summary>
    public static string Time(long nanoOfDay)
    {
        var builder = new StringBuilder(18);
        AppendTime(builder, nanoOfDay);
        return builder.ToString();
    }

    public static void AppendTime(StringBuilder builder, long nanoOfDay)
    {
        var hour = nanoOfDay / NanosPerHour;
        var minute = nanoOfDay / NanosPerMinute % 60;
        var second = nanoOfDay / NanosPerSecond % 60;
        var nano = nanoOfDay % NanosPerSecond;
        builder.Append(Two(hour)).Append(':').Append(Two(minute));
        if (second == 0 && nano == 0) return;
        builder.Append(':').Append(Two(second));
        if (nano == 0) return;
        var digits = nano.ToString("D9", CultureInfo.InvariantCulture);
        var length = nano % NanosPerMillisecond == 0 ? 3 : nano % NanosPerMicrosecond == 0 ? 6 : 9;
        builder.Append('.').Append(digits, 0, length);
    }

    /// <summary>Z for UTC, otherwise ±HH:MM with :SS only when the offset has seconds.</summary>
    public static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0) return "Z";
        var sign = offsetSeconds < 0 ? '-' : '+';
        var total = Math.Abs(offsetSeconds);
        var text = $"{sign}{Two(total / 3600)}:{Two(total / 60 % 60)}";
        return total % 60 == 0 ? text : $"{text}:{Two(total % 60)}";
    }

    /// <summary>Seconds with a fraction trimmed of trailing zeros, as durations print them: 49.5, 10.000000001.</summary>
    public static string SecondsWithFraction(long seconds, long nanos)
    {
        var text = seconds.ToString(CultureInfo.InvariantCulture);
        if (nanos == 0) return text;
        return text + "." + nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static string Two(long value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
