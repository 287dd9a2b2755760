using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Values;

/// <summary>
/// The &lt; &lt;= &gt; &gt;= operators. Numbers, strings, booleans, lists (lexicographically) and temporal
/// values of the same kind (durations excepted) are comparable; anything else, or a null met on the way,
/// gives null. NaN is comparable to numbers but every comparison with it is false.
/// </summary>
public static class CypherComparison
{
    /// <summary>Sign of a - b for comparable values; null when incomparable, null is involved, or NaN is involved.</summary>
    public static int? Compare(object? a, object? b) => Outcome(a, b) switch
    {
        ComparisonOutcome.Less => -1,
        ComparisonOutcome.Equal => 0,
        ComparisonOutcome.Greater => 1,
        _ => null,
    };

    public static bool? LessThan(object? a, object? b) => Decide(Outcome(a, b), ComparisonOutcome.Less, orEqual: false);
    public static bool? LessThanOrEqual(object? a, object? b) => Decide(Outcome(a, b), ComparisonOutcome.Less, orEqual: true);
    public static bool? GreaterThan(object? a, object? b) => Decide(Outcome(a, b), ComparisonOutcome.Greater, orEqual: false);
    public static bool? GreaterThanOrEqual(object? a, object? b) => Decide(Outcome(a, b), ComparisonOutcome.Greater, orEqual: true);

    private static bool? Decide(ComparisonOutcome outcome, ComparisonOutcome wanted, bool orEqual) => outcome switch
    {
        ComparisonOutcome.Unknown => null,
        ComparisonOutcome.Unordered => false,
        ComparisonOutcome.Equal => orEqual,
        _ => outcome == wanted,
    };

    private enum ComparisonOutcome { Less, Equal, Greater, Unordered, Unknown }

    private static ComparisonOutcome Outcome(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return ComparisonOutcome.Unknown;

        if (CypherTypes.IsNumber(a) && CypherTypes.IsNumber(b))
            return NumberComparison.Compare(a, b) is { } sign ? FromSign(sign) : ComparisonOutcome.Unordered;

        switch (a, b)
        {
            case (string x, string y): return FromSign(string.CompareOrdinal(x, y));
            case (bool x, bool y): return FromSign(x.CompareTo(y));
            // Chronological, so equal instants in different zones compare equal; durations are incomparable.
            case (TemporalValue x, TemporalValue y):
                return TemporalComparison.Compare(x, y) is { } sign ? FromSign(sign) : ComparisonOutcome.Unknown;
        }

        if (CypherTypes.AsList(a) is { } left && CypherTypes.AsList(b) is { } right)
        {
            using var level = NestingGuard.Enter();
            return CompareLists(left, right);
        }
        return ComparisonOutcome.Unknown;
    }

    // Lexicographic: the first unequal element decides, so a null (or an incomparable pair) only
    // matters when it is reached before a decision; a proper prefix is smaller.
    private static ComparisonOutcome CompareLists(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var element = Outcome(left[i], right[i]);
            if (element == ComparisonOutcome.Equal) continue;
            return element;
        }
        return FromSign(left.Count.CompareTo(right.Count));
    }

    private static ComparisonOutcome FromSign(int sign) =>
        sign < 0 ? ComparisonOutcome.Less : sign > 0 ? ComparisonOutcome.Greater : ComparisonOutcome.Equal;
}
