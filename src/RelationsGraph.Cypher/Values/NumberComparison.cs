namespace RelationsGraph.Cypher.Values;

/// <summary>Exact comparison of Cypher numbers across long and double, without losing precision of large longs.</summary>
internal static class NumberComparison
{
    private const double TwoToThe63 = 9223372036854775808.0;

    /// <summary>Sign of a - b, or null when either is NaN (NaN is unordered).</summary>
    public static int? Compare(object a, object b) => (a, b) switch
    {
        (long x, long y) => x.CompareTo(y),
        (double x, double y) => double.IsNaN(x) || double.IsNaN(y) ? null : x.CompareTo(y),
        (long x, double y) => double.IsNaN(y) ? null : CompareLongToDouble(x, y),
        (double x, long y) => double.IsNaN(x) ? null : -CompareLongToDouble(y, x),
        _ => throw new ArgumentException("Not numbers."),
    };

    public static double ToDouble(object number) => number switch
    {
        long l => l,
        double d => d,
        _ => throw new ArgumentException("Not a number."),
    };

    private static int CompareLongToDouble(long l, double d)
    {
        if (d >= TwoToThe63) return -1;
        if (d < -TwoToThe63) return 1;
        var whole = Math.Truncate(d);
        var wholeAsLong = (long)whole;
        if (l != wholeAsLong) return l.CompareTo(wholeAsLong);
        // Same integral part: the fraction of d decides (positive fraction means l < d).
        return 0.0.CompareTo(d - whole);
    }
}
