using System.Globalization;
using System.Text.Json;

namespace RelationsGraph.Loading.Querying;

/// <summary>
/// Reads `name=value` query parameters given on a command line or in a URL: integers, floats,
/// true/false/null, quoted strings, and JSON lists or maps; anything else is a plain string.
/// </summary>
public static class QueryParameterParser
{
    public static Dictionary<string, object?> Parse(IEnumerable<string> assignments)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
                throw new FormatException($"Parameter '{assignment}' is not of the form name=value.");
            parameters[assignment[..equals].Trim().TrimStart('$')] = ParseValue(assignment[(equals + 1)..]);
        }
        return parameters;
    }

    public static object? ParseValue(string text)
    {
        var trimmed = text.Trim();
        if (trimmed == "null") return null;
        if (trimmed == "true") return true;
        if (trimmed == "false") return false;
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && trimmed.Any(char.IsDigit)) return real;
        if (trimmed.Length >= 2 && (trimmed[0] == '\'' && trimmed[^1] == '\'' || trimmed[0] == '"' && trimmed[^1] == '"'))
            return trimmed[1..^1];
        if (trimmed.StartsWith('[') || trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                return FromJson(document.RootElement);
            }
            catch (JsonException)
            {
                return text; // not JSON after all: the text itself
            }
        }
        return text;
    }

    private static object? FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var integer) ? (object)integer : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
