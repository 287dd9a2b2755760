using System.Globalization;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>The rounding modes round(x, precision, mode) accepts (Java's RoundingMode names).</summary>
internal enum RoundingMode { Up, Down, Ceiling, Floor, HalfUp, HalfDown, HalfEven }

/// <summary>Decimal rounding to a number of fractional digits, as Neo4j does with BigDecimal.</summary>
internal static class RoundingModes
{
    public static RoundingMode Parse(string name) => name.ToUpperInvariant() switch
    {
        "UP" => RoundingMode.Up,
        "DOWN" => RoundingMode.Down,
        "CEILING" => RoundingMode.Ceiling,
        "FLOOR" => RoundingMode.Floor,
        "HALF_UP" => RoundingMode.HalfUp,
        "HALF_DOWN" => RoundingMode.HalfDown,
        "HALF_EVEN" => RoundingMode.HalfEven,
        _ => throw CypherErrors.InvalidArgumentValue($"round(): unknown rounding mode '{name}'."),
    };

    public static double Round(double value, long precision, RoundingMode mode)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return value;
        // Start from the shortest decimal text of the double, like BigDecimal.valueOf, so that
        // round(2.675, 2) is 2.68 rather than the 2.67 the exact binary value would give.
        if (!decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            return value; // beyond decimal's range: such magnitudes have no fractional digits to round anyway
        if (precision > 28) return value;
        if (precision < -28) return 0.0;

        try
        {
            var scale = Pow10((int)Math.Abs(precision));
            var scaled = precision >= 0 ? exact * scale : exact / scale;
            var rounded = RoundToInteger(scaled, mode);
            return (double)(precision >= 0 ? rounded / scale : rounded * scale);
        }
        catch (OverflowException)
        {
            return value;
        }
    }

    private static decimal RoundToInteger(decimal value, RoundingMode mode)
    {
        var truncated = decimal.Truncate(value);
        var fraction = Math.Abs(value - truncated);
        if (fraction == 0) return truncated;
        var awayFromZero = truncated + Math.Sign(value);
        return mode switch
        {
            RoundingMode.Up => awayFromZero,
            RoundingMode.Down => truncated,
            RoundingMode.Ceiling => decimal.Ceiling(value),
            RoundingMode.Floor => decimal.Floor(value),
            RoundingMode.HalfUp => fraction >= 0.5m ? awayFromZero : truncated,
            RoundingMode.HalfDown => fraction > 0.5m ? awayFromZero : truncated,
            RoundingMode.HalfEven => fraction > 0.5m || (fraction == 0.5m && truncated % 2 != 0) ? awayFromZero : truncated,
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10m;
        return result;
    }
}
