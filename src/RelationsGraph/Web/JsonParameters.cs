using System.Text.Json;

namespace RelationsGraph.Web;

/// <summary>Query parameters sent as a JSON object, turned into the engine's plain values.</summary>
internal static class JsonParameters
{
    public static IReadOnlyDictionary<string, object?> From(JsonElement? parameters)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } map) return new Dictionary<string, object?>();
        return map.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal);
    }

    private static object? Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal),
        _ => throw new FormatException($"Unsupported JSON value {element.ValueKind}."),
    };
}
