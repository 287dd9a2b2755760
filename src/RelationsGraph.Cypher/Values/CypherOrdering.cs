using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Values;

/// <summary>
/// The total order ORDER BY sorts by (openCypher orderability). Across types:
/// maps &lt; nodes &lt; relationships &lt; lists &lt; paths &lt; datetimes &lt; localdatetimes &lt; dates &lt;
/// times &lt; localtimes &lt; durations &lt; strings &lt; booleans &lt; numbers &lt; null; within numbers NaN is
/// the largest. Use <see cref="Instance"/> ascending; descending is its reverse.
/// </summary>
public sealed class CypherOrdering : IComparer<object?>
{
    public static readonly CypherOrdering Instance = new();

    private CypherOrdering() { }

    public int Compare(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        var rankA = Rank(a);
        var rankB = Rank(b);
        if (rankA != rankB) return rankA.CompareTo(rankB);

        return (a, b) switch
        {
            (null, null) => 0,
            (bool x, bool y) => x.CompareTo(y),
            (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
            (NodeEntity x, NodeEntity y) => x.Id.CompareTo(y.Id),
            (RelationshipEntity x, RelationshipEntity y) => x.Id.CompareTo(y.Id),
            (PathValue x, PathValue y) => ComparePaths(x, y),
            (TemporalValue x, TemporalValue y) => CompareTemporals(x, y),
            _ when rankA == NumberRank => CompareNumbers(a!, b!),
            _ when rankA == ListRank => CompareLists(CypherTypes.AsList(a)!, CypherTypes.AsList(b)!),
            _ when rankA == MapRank => CompareMaps(CypherTypes.AsMap(a)!, CypherTypes.AsMap(b)!),
            _ => 0,
        };
    }

    private const int MapRank = 0, ListRank = 3, NumberRank = 13, NullRank = 14;

    private static int Rank(object? value) => value switch
    {
        null => NullRank,
        NodeEntity => 1,
        RelationshipEntity => 2,
        PathValue => 4,
        TemporalValue { Kind: "DateTime" } => 5,
        TemporalValue { Kind: "LocalDateTime" } => 6,
        TemporalValue { Kind: "Date" } => 7,
        TemporalValue { Kind: "Time" } => 8,
        TemporalValue { Kind: "LocalTime" } => 9,
        TemporalValue => 10,
        string => 11,
        bool => 12,
        long or double => NumberRank,
        _ when CypherTypes.IsMap(value) => MapRank,
        _ when CypherTypes.IsList(value) => ListRank,
        _ => NullRank - 1, // unknown CLR objects: after numbers, before null, so sorting never throws
    };

    private static int CompareNumbers(object a, object b)
    {
        var aIsNaN = a is double x && double.IsNaN(x);
        var bIsNaN = b is double y && double.IsNaN(y);
        if (aIsNaN || bIsNaN) return aIsNaN.CompareTo(bIsNaN);
        return NumberComparison.Compare(a, b)!.Value;
    }

    private int CompareLists(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        using var level = NestingGuard.Enter();
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var element = Compare(left[i], right[i]);
            if (element != 0) return element;
        }
        return left.Count.CompareTo(right.Count);
    }

    // Maps order by their sorted keys first, then by the values in key order.
    private int CompareMaps(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        using var level = NestingGuard.Enter();
        var leftKeys = left.Keys.Order(StringComparer.Ordinal).ToList();
        var rightKeys = right.Keys.Order(StringComparer.Ordinal).ToList();
        var byKeys = CompareLists(leftKeys, rightKeys);
        if (byKeys != 0) return byKeys;
        foreach (var key in leftKeys)
        {
            var byValue = Compare(left[key], right[key]);
            if (byValue != 0) return byValue;
        }
        return 0;
    }

    private static int ComparePaths(PathValue left, PathValue right)
    {
        var common = Math.Min(left.Length, right.Length);
        for (var i = 0; i < common; i++)
        {
            var byNode = left.Nodes[i].Id.CompareTo(right.Nodes[i].Id);
            if (byNode != 0) return byNode;
            var byRelationship = left.Relationships[i].Id.CompareTo(right.Relationships[i].Id);
            if (byRelationship != 0) return byRelationship;
        }
        var byLastNode = left.Nodes[common].Id.CompareTo(right.Nodes[common].Id);
        return byLastNode != 0 ? byLastNode : left.Length.CompareTo(right.Length);
    }

    private static int CompareTemporals(TemporalValue left, TemporalValue right)
    {
        if (left is IComparable comparable)
        {
            try { return Math.Sign(comparable.CompareTo(right)); }
            catch (ArgumentException) { /* not comparable to that value: fall back to text */ }
        }
        return Math.Sign(string.CompareOrdinal(left.ToString(), right.ToString()));
    }
}
