using System.Globalization;
using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// toInteger, toFloat, toString, toBoolean and their OrNull variants. Unparseable strings give null;
/// values of a type that cannot be converted at all are a TypeError (or null for the OrNull variants).
/// </summary>
internal static class ConversionFunctions
{
    public static IEnumerable<CypherFunction> All() =>
    [
        Strict("toInteger", ToInteger, "a String, number or Boolean"),
        OrNull("toIntegerOrNull", ToInteger),
        Strict("toFloat", ToFloat, "a String or number"),
        OrNull("toFloatOrNull", ToFloat),
        Strict("toString", ToText, "a String, number, Boolean or temporal value"),
        OrNull("toStringOrNull", ToText),
        Strict("toBoolean", ToBoolean, "a String, Integer or Boolean"),
        OrNull("toBooleanOrNull", ToBoolean),
        CypherFunction.NullSafeUnary("toBooleanList", value => ConvertList("toBooleanList", value, ToBoolean)),
        CypherFunction.NullSafeUnary("toIntegerList", value => ConvertList("toIntegerList", value, ToInteger)),
        CypherFunction.NullSafeUnary("toFloatList", value => ConvertList("toFloatList", value, ToFloat)),
        CypherFunction.NullSafeUnary("toStringList", value => ConvertList("toStringList", value, ToText)),
    ];

    /// <summary>A conversion: the converted value, null for an unparseable string, or Unconvertible.</summary>
    private delegate object? Conversion(object value);

    private static readonly object Unconvertible = new();

    private static CypherFunction Strict(string name, Conversion convert, string expected) =>
        CypherFunction.NullSafeUnary(name, value =>
        {
            var result = convert(value);
            return ReferenceEquals(result, Unconvertible) ? throw CypherErrors.FunctionArgument(name, value, expected) : result;
        });

    private static CypherFunction OrNull(string name, Conversion convert) =>
        CypherFunction.NullSafeUnary(name, value => convert(value) is var result && ReferenceEquals(result, Unconvertible) ? null : result);

    // The list variants convert element-wise and never fail on an element: unconvertible elements become null.
    private static object ConvertList(string name, object value, Conversion convert) =>
        FunctionArguments.List(name, value)
            .Select(element => element is null || convert(element) is var result && ReferenceEquals(result, Unconvertible) ? null : result)
            .ToList();

    private static object? ToInteger(object value) => value switch
    {
        long => value,
        double d => TruncateToLong(d),
        bool b => b ? 1L : 0L,
        string text => ParseInteger(text),
        _ => Unconvertible,
    };

    private static object? ToFloat(object value) => value switch
    {
        double => value,
        long l => (double)l,
        string text => ParseFloat(text),
        _ => Unconvertible,
    };

    private static object? ToText(object value) => value switch
    {
        string => value,
        long or double => CypherValueText.NumberToString(value),
        bool b => b ? "true" : "false",
        TemporalValue temporal => temporal.ToString(),
        _ => Unconvertible,
    };

    private static object? ToBoolean(object value) => value switch
    {
        bool => value,
        long l => l != 0,
        string text => text.Trim().ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
        _ => Unconvertible,
    };

    private static object? ParseInteger(string text) => IntegerFromText(text);

    private static object? ParseFloat(string text) => FloatFromText(text);

    /// <summary>toInteger of a string, over its characters (LOAD CSV converts fields without making strings of them).</summary>
    public static object? IntegerFromText(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        // Decimal strings truncate like floats do: toInteger('1.7') = 1.
        return FloatFromText(trimmed) is double d && !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 9.2233720368547758E18
            ? (long)Math.Truncate(d)
            : null;
    }

    /// <summary>The integer IntegerFromText gives for text written as one (sign and digits, spaces around), unboxed; false otherwise.</summary>
    public static bool TryPlainInteger(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>toFloat of a string, over its characters.</summary>
    public static object? FloatFromText(ReadOnlySpan<char> text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    // Java's (long) cast, which Neo4j uses: truncation toward zero, saturating at the ends, NaN to 0.
    private static long TruncateToLong(double d) =>
        double.IsNaN(d) ? 0
        : d >= 9.2233720368547758E18 ? long.MaxValue
        : d <= -9.2233720368547758E18 ? long.MinValue
        : (long)Math.Truncate(d);
}
