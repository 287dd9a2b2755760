using System.Collections;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Tck.Values;

/// <summary>
/// Decides whether an engine value matches an expected TCK value. Types must agree (1 is not 1.0);
/// graph elements match on labels/type and properties, not identity; temporal values match through
/// their ToString() against the quoted form the TCK writes; lists keep their order unless told otherwise.
/// </summary>
public static class TckValueMatcher
{
    public static bool Matches(object? expected, object? actual, bool ignoreListOrder = false) => expected switch
    {
        null => actual is null,
        bool b => actual is bool a && a == b,
        long l => IsInteger(actual, out var a) && a == l,
        double d => actual is double a && FloatsMatch(d, a),
        string s => actual switch
        {
            string a => a == s,
            TemporalValue t => t.ToString() == s,
            _ => false,
        },
        ExpectedNode n => actual is Node a && NodeMatches(n, a, ignoreListOrder),
        ExpectedRelationship r => actual is Relationship a && RelationshipMatches(r, a, ignoreListOrder),
        ExpectedPath p => actual is Cypher.Path a && PathMatches(p, a, ignoreListOrder),
        IReadOnlyDictionary<string, object?> map => AsMap(actual) is { } a && MapMatches(map, a, ignoreListOrder),
        IReadOnlyList<object?> list => AsList(actual) is { } a && ListMatches(list, a, ignoreListOrder),
        _ => throw new ArgumentException($"Not an expected TCK value: {expected.GetType().Name}"),
    };

    /// <summary>
    /// The TCK writes floats with all their digits, so equality is exact up to the last bit or two of
    /// rounding an engine may differ in; NaN matches NaN.
    /// </summary>
    public static bool FloatsMatch(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual)) return double.IsNaN(expected) && double.IsNaN(actual);
        if (expected == actual) return true;
        if (double.IsInfinity(expected) || double.IsInfinity(actual)) return false;
        return Math.Abs(expected - actual) <= 1e-15 * Math.Max(Math.Abs(expected), Math.Abs(actual));
    }

    /// <summary>Multiset matching: each expected item claims a distinct matching actual item.</summary>
    public static bool UnorderedMatch<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, T, bool> matches)
    {
        if (expected.Count != actual.Count) return false;
        var used = new bool[actual.Count];
        foreach (var item in expected)
        {
            var found = -1;
            for (var i = 0; i < actual.Count && found < 0; i++)
                if (!used[i] && matches(item, actual[i])) found = i;
            if (found < 0) return false;
            used[found] = true;
        }
        return true;
    }

    private static bool IsInteger(object? value, out long result)
    {
        switch (value)
        {
            case long l: result = l; return true;
            case int i: result = i; return true;
            default: result = 0; return false;
        }
    }

    private static bool ListMatches(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual, bool ignoreOrder)
    {
        if (ignoreOrder) return UnorderedMatch(expected, actual, (e, a) => Matches(e, a, true));
        if (expected.Count != actual.Count) return false;
        for (var i = 0; i < expected.Count; i++)
            if (!Matches(expected[i], actual[i], false)) return false;
        return true;
    }

    private static bool MapMatches(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual, bool ignoreListOrder)
        => expected.Count == actual.Count
           && expected.All(e => actual.TryGetValue(e.Key, out var value) && Matches(e.Value, value, ignoreListOrder));

    private static bool NodeMatches(ExpectedNode expected, Node actual, bool ignoreListOrder)
        => expected.Labels.Count == actual.Labels.Count
           && expected.Labels.ToHashSet().SetEquals(actual.Labels)
           && MapMatches(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool RelationshipMatches(ExpectedRelationship expected, Relationship actual, bool ignoreListOrder)
        => expected.Type == actual.Type && MapMatches(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool PathMatches(ExpectedPath expected, Cypher.Path actual, bool ignoreListOrder)
    {
        if (actual.Relationships.Count != expected.Hops.Count || actual.Nodes.Count != expected.Hops.Count + 1) return false;
        if (!NodeMatches(expected.Start, actual.Nodes[0], ignoreListOrder)) return false;
        for (var i = 0; i < expected.Hops.Count; i++)
        {
            var hop = expected.Hops[i];
            var relationship = actual.Relationships[i];
            var (from, to) = (actual.Nodes[i].ElementId, actual.Nodes[i + 1].ElementId);
            var pointsAlong = relationship.StartElementId == from && relationship.EndElementId == to;
            var pointsBack = relationship.StartElementId == to && relationship.EndElementId == from;
            if (hop.Forward ? !pointsAlong : !pointsBack) return false;
            if (!RelationshipMatches(hop.Relationship, relationship, ignoreListOrder)) return false;
            if (!NodeMatches(hop.Node, actual.Nodes[i + 1], ignoreListOrder)) return false;
        }
        return true;
    }

    private static IReadOnlyDictionary<string, object?>? AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        _ => null,
    };

    private static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        string => null,
        IReadOnlyList<object?> list => list,
        IEnumerable items and not IDictionary => items.Cast<object?>().ToList(),
        _ => null,
    };
}
