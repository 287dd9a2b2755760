namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// Equality and ordering of temporal values as openCypher defines them: values of the same instant kind are
/// ordered chronologically; different kinds, and durations, are incomparable (null). Equality is exact per kind.
/// </summary>
public static class TemporalComparison
{
    /// <summary>The sign of a compared to b for &lt; &lt;= &gt; &gt;=, or null when they cannot be ordered.</summary>
    public static int? Compare(TemporalValue left, TemporalValue right) => (left, right) switch
    {
        (CypherDate a, CypherDate b) => a.Date.CompareTo(b.Date),
        (CypherLocalTime a, CypherLocalTime b) => a.NanoOfDay.CompareTo(b.NanoOfDay),
        (CypherTime a, CypherTime b) => a.UtcNanoOfDay.CompareTo(b.UtcNanoOfDay),
        (CypherLocalDateTime a, CypherLocalDateTime b) => Chain(a.Date.CompareTo(b.Date), a.NanoOfDay.CompareTo(b.NanoOfDay)),
        (CypherDateTime a, CypherDateTime b) => Chain(a.EpochSecond.CompareTo(b.EpochSecond), a.NanoOfSecond.CompareTo(b.NanoOfSecond)),
        _ => null,
    };

    /// <summary>Cypher = on two temporal values: same kind and same fields (durations by months, days, seconds, nanoseconds).</summary>
    public static bool AreEqual(TemporalValue left, TemporalValue right) => left.Equals(right);

    /// <summary>
    /// A total order for ORDER BY, DISTINCT-free sorting and indexes: by kind first, then chronologically, with ties
    /// (same instant, different zones) and durations broken deterministically.
    /// </summary>
    public static int CompareForOrdering(TemporalValue left, TemporalValue right)
    {
        var byKind = KindRank(left).CompareTo(KindRank(right));
        if (byKind != 0) return byKind;
        return (left, right) switch
        {
            (CypherDuration a, CypherDuration b) => Chain(a.Months.CompareTo(b.Months), a.Days.CompareTo(b.Days),
                a.Seconds.CompareTo(b.Seconds), a.Nanos.CompareTo(b.Nanos)),
            (CypherTime a, CypherTime b) => Chain(a.UtcNanoOfDay.CompareTo(b.UtcNanoOfDay), a.OffsetSeconds.CompareTo(b.OffsetSeconds)),
            (CypherDateTime a, CypherDateTime b) => Chain(Compare(a, b)!.Value, a.Date.CompareTo(b.Date),
                a.NanoOfDay.CompareTo(b.NanoOfDay), string.CompareOrdinal(a.ZoneId, b.ZoneId)),
            _ => Compare(left, right) ?? 0,
        };
    }

    private static int KindRank(TemporalValue value) => value switch
    {
        CypherDateTime => 0,
        CypherLocalDateTime => 1,
        CypherDate => 2,
        CypherTime => 3,
        CypherLocalTime => 4,
        _ => 5,
    };

    private static int Chain(params int[] comparisons)
    {
        foreach (var comparison in comparisons)
            if (comparison != 0) return comparison;
        return 0;
    }
}
