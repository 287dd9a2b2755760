using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Equivalence for DISTINCT, grouping keys and UNION: like equality but two-valued, so null ≡ null and
/// NaN ≡ NaN; 1 ≡ 1.0; lists and maps compare deeply. Use <see cref="Instance"/> as a dictionary comparer.
/// </summary>
public sealed class CypherEquivalence : IEqualityComparer<object?>
{
    public static readonly CypherEquivalence Instance = new();

    private CypherEquivalence() { }

    public new bool Equals(object? a, object? b)
    {
        // Index keys are mostly integers or strings of one type on both sides: answer those before the general path.
        if (a is long la && b is long lb) return la == lb;
        if (a is string sa && b is string sb) return string.Equals(sa, sb, StringComparison.Ordinal);
        a = CypherTypes.Normalize(a);
        b = CypherTypes.Normalize(b);
        if (a is null || b is null) return a is null && b is null;

        if (CypherTypes.IsNumber(a) && CypherTypes.IsNumber(b))
        {
            var aIsNaN = a is double x && double.IsNaN(x);
            var bIsNaN = b is double y && double.IsNaN(y);
            if (aIsNaN || bIsNaN) return aIsNaN && bIsNaN;
            return NumberComparison.Compare(a, b) == 0;
        }

        switch (a, b)
        {
            case (bool x, bool y): return x == y;
            case (string x, string y): return string.Equals(x, y, StringComparison.Ordinal);
            case (NodeEntity x, NodeEntity y): return x.Id == y.Id;
            case (RelationshipEntity x, RelationshipEntity y): return x.Id == y.Id;
            case (PathValue x, PathValue y): return CypherEquality.Equals(x, y) == true;
            case (TemporalValue x, TemporalValue y): return x.Kind == y.Kind && x.Equals(y);
        }

        using var level = NestingGuard.Enter();
        if (CypherTypes.AsList(a) is { } leftList && CypherTypes.AsList(b) is { } rightList)
        {
            if (leftList.Count != rightList.Count) return false;
            for (var i = 0; i < leftList.Count; i++)
                if (!Equals(leftList[i], rightList[i])) return false;
            return true;
        }

        if (CypherTypes.AsMap(a) is { } leftMap && CypherTypes.AsMap(b) is { } rightMap)
        {
            if (leftMap.Count != rightMap.Count) return false;
            foreach (var (key, value) in leftMap)
                if (!rightMap.TryGetValue(key, out var other) || !Equals(value, other)) return false;
            return true;
        }

        return false;
    }

    public int GetHashCode(object? value)
    {
        value = CypherTypes.Normalize(value);
        switch (value)
        {
            case null: return 0;
            case long l: return l.GetHashCode();
            // Integral doubles hash like the equal long, so 1 and 1.0 land in the same bucket.
            case double d when d == Math.Floor(d) && d >= long.MinValue && d < 9223372036854775808.0: return ((long)d).GetHashCode();
            case double d: return double.IsNaN(d) ? double.NaN.GetHashCode() : d.GetHashCode();
            case bool or string: return value.GetHashCode();
            case NodeEntity node: return HashCode.Combine(1, node.Id);
            case RelationshipEntity rel: return HashCode.Combine(2, rel.Id);
            case PathValue path:
            {
                var hash = new HashCode();
                foreach (var node in path.Nodes) hash.Add(node.Id);
                foreach (var rel in path.Relationships) hash.Add(rel.Id);
                return hash.ToHashCode();
            }
            case TemporalValue temporal: return temporal.GetHashCode();
        }

        using var level = NestingGuard.Enter();
        if (CypherTypes.AsList(value) is { } list)
        {
            var hash = new HashCode();
            hash.Add(list.Count);
            foreach (var element in list) hash.Add(GetHashCode(element));
            return hash.ToHashCode();
        }

        if (CypherTypes.AsMap(value) is { } map)
        {
            // Order-independent: maps with the same entries in another insertion order must collide.
            var sum = map.Count;
            foreach (var (key, element) in map)
                sum += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), GetHashCode(element));
            return sum;
        }

        return value.GetHashCode();
    }
}
