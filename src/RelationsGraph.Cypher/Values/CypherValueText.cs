using System.Globalization;
using System.Text;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Values;

/// <summary>Text renderings of values: toString() of numbers, and Cypher-literal-like descriptions for messages.</summary>
public static class CypherValueText
{
    /// <summary>
    /// A float as Neo4j (Java's Double.toString) prints it: always with a fraction ("1.0"), scientific
    /// notation outside [1e-3, 1e7) ("1.0E20", "1.5E-4"), and the shortest digits that round-trip.
    /// </summary>
    public static string FloatToString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";

        var (negative, digits, pointPosition) = ShortestDigits(value);
        var sign = negative ? "-" : "";
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            string plain;
            if (pointPosition <= 0) plain = "0." + new string('0', -pointPosition) + digits;
            else if (pointPosition >= digits.Length) plain = digits + new string('0', pointPosition - digits.Length) + ".0";
            else plain = digits[..pointPosition] + "." + digits[pointPosition..];
            return sign + plain;
        }

        var fraction = digits.Length > 1 ? digits[1..] : "0";
        return $"{sign}{digits[0]}.{fraction}E{pointPosition - 1}";
    }

    /// <summary>Integers and floats as toString() renders them.</summary>
    public static string NumberToString(object number) => number switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FloatToString(d),
        _ => Convert.ToString(number, CultureInfo.InvariantCulture) ?? "",
    };

    // Error messages show the start of a value: describing a range() of 10^8 in full never ended (a fuzz finding).
    private const int MaxShownItems = 10;
    private const int MaxShownCharacters = 200;

    /// <summary>A short Cypher-literal-like description of any value, for error messages.</summary>
    public static string Describe(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, depth: 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        if (depth > 4) { text.Append("..."); return; }
        switch (value)
        {
            case null: text.Append("null"); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case long or double or int or float: text.Append(NumberToString(CypherTypes.Normalize(value)!)); break;
            case string s:
                var shown = s.Length > MaxShownCharacters ? s[..MaxShownCharacters] : s;
                text.Append('\'').Append(shown.Replace("\\", "\\\\").Replace("'", "\\'")).Append(s.Length > shown.Length ? "...'" : "'");
                break;
            case NodeEntity node: text.Append("(node ").Append(node.Id).Append(')'); break;
            case RelationshipEntity rel: text.Append("[relationship ").Append(rel.Id).Append(" :").Append(rel.Type).Append(']'); break;
            case PathValue path: text.Append("<path of length ").Append(path.Length).Append('>'); break;
            default:
                if (CypherTypes.AsMap(value) is { } map)
                {
                    text.Append('{');
                    var first = true;
                    var shownEntries = 0;
                    foreach (var (key, item) in map)
                    {
                        if (++shownEntries > MaxShownItems) { text.Append(", ..."); break; }
                        if (!first) text.Append(", ");
                        first = false;
                        text.Append(key).Append(": ");
                        Append(text, item, depth + 1);
                    }
                    text.Append('}');
                }
                else if (CypherTypes.AsList(value) is { } list)
                {
                    text.Append('[');
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (i == MaxShownItems) { text.Append($", ... ({list.Count} elements)"); break; }
                        if (i > 0) text.Append(", ");
                        Append(text, list[i], depth + 1);
                    }
                    text.Append(']');
                }
                else text.Append(value);
                break;
        }
    }

    /// <summary>
    /// The shortest round-trip decimal digits of a finite non-zero double, and where the decimal point
    /// goes: value = 0.digits × 10^pointPosition.
    /// </summary>
    private static (bool Negative, string Digits, int PointPosition) ShortestDigits(double value)
    {
        // "E16" is not shortest; "R" is (on .NET Core 3+), so parse its mantissa and exponent back apart.
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePosition = roundTrip.IndexOfAny(['E', 'e']);
        if (ePosition >= 0)
        {
            exponent = int.Parse(roundTrip[(ePosition + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            roundTrip = roundTrip[..ePosition];
        }

        var dot = roundTrip.IndexOf('.');
        var integerPart = dot >= 0 ? roundTrip[..dot] : roundTrip;
        var fractionPart = dot >= 0 ? roundTrip[(dot + 1)..] : "";
        var digits = integerPart + fractionPart;
        var pointPosition = integerPart.Length + exponent;

        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        return (value < 0, digits, pointPosition - leadingZeros);
    }
}
