using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// The ids a seek looks up: from id(x) values (integers) or elementId(x) values ("n:12", "r:7"), one
/// value or a list (for IN). Values that cannot name an entity of the kind sought match nothing, as the
/// equality they replace would be false or null; repeats are looked up once.
/// </summary>
internal static class EntityIdValues
{
    public static IEnumerable<long> Of(object? value, bool many, bool elementId, string prefix)
    {
        var seen = new HashSet<long>();
        IEnumerable<object?> candidates = many ? CypherTypes.AsList(value) ?? [] : [value];
        foreach (var candidate in candidates)
            if (IdOf(candidate, elementId, prefix) is { } id && seen.Add(id)) yield return id;
    }

    private static long? IdOf(object? value, bool elementId, string prefix)
    {
        if (!elementId) return CypherTypes.Normalize(value) is long id ? id : null;
        return value is string text && text.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            && text.Length - prefix.Length == parsed.ToString(System.Globalization.CultureInfo.InvariantCulture).Length // "n:012" is not n:12's id
            ? parsed
            : null;
    }
}
