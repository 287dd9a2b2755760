using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// The map argument of date({...}), datetime({...}) and friends: case-insensitive field lookup, integer checks,
/// and rejection of fields the constructor does not know.
/// </summary>
internal sealed class TemporalMapFields
{
    private readonly string _function;
    private readonly Dictionary<string, object?> _fields;

    public TemporalMapFields(string function, IReadOnlyDictionary<string, object?> map, IEnumerable<string> allowed)
    {
        _function = function;
        _fields = new Dictionary<string, object?>(map.Count, StringComparer.OrdinalIgnoreCase);
        // Field names ignore case, so {week: 10, Week: 3} names one field twice (a fuzz finding: it threw ArgumentException).
        foreach (var (key, value) in map)
            if (!_fields.TryAdd(key, value))
                throw CypherErrors.InvalidArgumentValue($"{function}(): the field '{key}' is given more than once.");
        var known = new HashSet<string>(allowed, StringComparer.OrdinalIgnoreCase);
        foreach (var key in _fields.Keys)
            if (!known.Contains(key))
                throw TemporalFunctionErrors.UnknownField(function, key);
    }

    public bool Has(string key) => _fields.ContainsKey(key);

    public bool HasAny(params string[] keys) => keys.Any(_fields.ContainsKey);

    /// <summary>An integer field, or null when absent. Whole floats are accepted as Neo4j does.</summary>
    public long? Integer(string key)
    {
        if (!_fields.TryGetValue(key, out var value) || value is null) return null;
        return value switch
        {
            long l => l,
            double d when d == Math.Floor(d) && Math.Abs(d) < 9e18 => (long)d,
            _ => throw CypherErrors.FunctionArgument(_function, value, $"an Integer for {key}"),
        };
    }

    public object? Value(string key) => _fields.TryGetValue(key, out var value) ? value : null;

    public string? Text(string key) => Value(key) switch
    {
        null => null,
        string s => s,
        var other => throw CypherErrors.FunctionArgument(_function, other, $"a String for {key}"),
    };

    public TemporalValue? Temporal(string key) => Value(key) switch
    {
        null => null,
        TemporalValue t => t,
        var other => throw CypherErrors.FunctionArgument(_function, other, $"a temporal value for {key}"),
    };
}
