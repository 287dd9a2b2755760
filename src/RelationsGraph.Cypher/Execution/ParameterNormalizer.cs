using System.Collections;
using System.Text.Json;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// Brings .NET parameter values to the engine's representation: integers to long, float/decimal to
/// double, arrays and enumerables to List&lt;object?&gt;, dictionaries to ordinal maps, JsonElement to its value.
/// </summary>
internal static class ParameterNormalizer
{
    public static IReadOnlyDictionary<string, object?> Normalize(IReadOnlyDictionary<string, object?>? parameters)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is null) return result;
        foreach (var (key, value) in parameters) result[key] = Value(value);
        return result;
    }

    public static object? Value(object? value) => value switch
    {
        null or bool or long or double or string or TemporalValue => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte b => (long)b,
        uint u => (long)u,
        ushort u => (long)u,
        ulong u => u <= long.MaxValue ? (object)(long)u : (double)u,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        Guid g => g.ToString(),
        DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan =>
            throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Compile,
                $"Parameters of .NET type {value.GetType().Name} are not supported; pass a temporal value from Values.Temporal or a string."),
        JsonElement element => Json(element),
        Dictionary<string, object?> map when IsPlain(map) => map, // the common bulk-load shape: no copy needed
        List<object?> list when IsPlain(list) => list,
        IDictionary<string, object?> map => Map(map),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IDictionary map => Map(map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k])),
        IEnumerable items => items.Cast<object?>().Select(Value).ToList(),
        _ => throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Compile,
            $"Parameters of .NET type {value.GetType().Name} are not supported."),
    };

    private static bool IsPlain(Dictionary<string, object?> map)
    {
        if (map.Comparer != EqualityComparer<string>.Default && map.Comparer != StringComparer.Ordinal) return false;
        // The entries' own enumerator: map.Values would make a collection object per map (one per bulk-load row).
        foreach (var entry in map)
            if (!IsPlainValue(entry.Value)) return false;
        return true;
    }

    private static bool IsPlain(List<object?> list)
    {
        foreach (var value in list)
            if (!IsPlainValue(value)) return false;
        return true;
    }

    private static bool IsPlainValue(object? value) => value switch
    {
        null or bool or long or double or string or TemporalValue => true,
        Dictionary<string, object?> map => IsPlain(map),
        List<object?> list => IsPlain(list),
        _ => false,
    };

    private static Dictionary<string, object?> Map(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map) result[key] = Value(item);
        return result;
    }

    private static object? Json(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Json).ToList(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => Json(p.Value), StringComparer.Ordinal),
    };
}
