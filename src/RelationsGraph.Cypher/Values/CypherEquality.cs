using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Values;

/// <summary>
/// The = and &lt;&gt; operators: three-valued equality. Null on either side gives null; values of
/// different types are unequal (except Integer vs Float, compared numerically); NaN equals nothing;
/// lists and maps compare element-wise, where a false anywhere wins over a null.
/// </summary>
public static class CypherEquality
{
    /// <summary>a = b: true, false, or null when unknown.</summary>
    public static new bool? Equals(object? a, object? b)
    {
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return null;

        if (CypherTypes.IsNumber(a) && CypherTypes.IsNumber(b)) return NumberComparison.Compare(a, b) == 0;

        switch (a, b)
        {
            case (bool x, bool y): return x == y;
            case (string x, string y): return string.Equals(x, y, StringComparison.Ordinal);
            case (NodeEntity x, NodeEntity y): return x.Id == y.Id;
            case (RelationshipEntity x, RelationshipEntity y): return x.Id == y.Id;
            case (PathValue x, PathValue y): return PathsEqual(x, y);
            case (TemporalValue x, TemporalValue y): return x.Kind == y.Kind && x.Equals(y);
        }

        using var level = NestingGuard.Enter();
        if (CypherTypes.AsList(a) is { } leftList && CypherTypes.AsList(b) is { } rightList)
            return ListsEqual(leftList, rightList);
        if (CypherTypes.AsMap(a) is { } leftMap && CypherTypes.AsMap(b) is { } rightMap)
            return MapsEqual(leftMap, rightMap);
        return false;
    }

    /// <summary>a &lt;&gt; b: the negation of a = b, null staying null.</summary>
    public static bool? NotEquals(object? a, object? b) => Equals(a, b) is { } equal ? !equal : null;

    private static bool? ListsEqual(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        if (left.Count != right.Count) return false;
        var unknown = false;
        for (var i = 0; i < left.Count; i++)
        {
            var element = Equals(left[i], right[i]);
            if (element == false) return false;
            if (element is null) unknown = true;
        }
        return unknown ? null : true;
    }

    private static bool? MapsEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (left.Count != right.Count) return false;
        foreach (var key in left.Keys)
            if (!right.ContainsKey(key)) return false;

        var unknown = false;
        foreach (var (key, value) in left)
        {
            var element = Equals(value, right[key]);
            if (element == false) return false;
            if (element is null) unknown = true;
        }
        return unknown ? null : true;
    }

    // Paths are equal when they visit the same nodes and relationships in the same order;
    // the direction each relationship was traversed in does not matter.
    private static bool PathsEqual(PathValue left, PathValue right)
    {
        if (left.Length != right.Length) return false;
        for (var i = 0; i < left.Nodes.Count; i++)
            if (left.Nodes[i].Id != right.Nodes[i].Id) return false;
        for (var i = 0; i < left.Relationships.Count; i++)
            if (left.Relationships[i].Id != right.Relationships[i].Id) return false;
        return true;
    }
}
