using System.Text.Json;
using RelationsGraph.Loading.Database.Neo4j;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// The body of a Query API request: {statement, parameters, accessMode, bookmarks, includeCounters,
/// maxExecutionTime}. Parameters are typed JSON when sent as application/vnd.neo4j.query, plain JSON otherwise.
/// </summary>
internal sealed record QueryApiRequest
{
    public const string TypedMediaType = "application/vnd.neo4j.query";

    public string? Statement { get; init; }
    public IReadOnlyDictionary<string, object?> Parameters { get; init; } = new Dictionary<string, object?>();
    public bool ReadAccess { get; init; }
    public IReadOnlyList<string> Bookmarks { get; init; } = [];
    public bool IncludeCounters { get; init; }
    public TimeSpan? MaxExecutionTime { get; init; }

    public static async Task<QueryApiRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0) return new QueryApiRequest();
        JsonDocument document;
        try { document = JsonDocument.Parse(buffer.ToArray()); }
        catch (JsonException e) { throw QueryApiError.Invalid($"The request body is not JSON: {e.Message}"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw QueryApiError.Invalid("The request body must be a JSON object.");
            var typed = request.ContentType?.StartsWith(TypedMediaType, StringComparison.OrdinalIgnoreCase) == true;
            // Refused rather than ignored: running as another user is a permission the caller must not assume it got.
            if (Optional(root, "impersonatedUser", JsonValueKind.String) is not null)
                throw new QueryApiError(StatusCodes.Status400BadRequest, "Neo.ClientError.Statement.FeatureNotSupported",
                    "Impersonation is not supported by this server (one user, neo4j).");
            return new QueryApiRequest
            {
                Statement = Optional(root, "statement", JsonValueKind.String)?.GetString(),
                Parameters = ReadParameters(Optional(root, "parameters", JsonValueKind.Object), typed),
                ReadAccess = ReadAccessMode(Optional(root, "accessMode", JsonValueKind.String)?.GetString()),
                Bookmarks = Optional(root, "bookmarks", JsonValueKind.Array)?.EnumerateArray()
                    .Select(b => b.ValueKind == JsonValueKind.String ? b.GetString()! : throw QueryApiError.Invalid("Bookmarks must be strings.")).ToList() ?? [],
                IncludeCounters = Optional(root, "includeCounters", JsonValueKind.True)?.GetBoolean() ?? false,
                MaxExecutionTime = Optional(root, "maxExecutionTime", JsonValueKind.Number) is { } ms && ms.TryGetInt64(out var millis) && millis > 0
                    ? TimeSpan.FromMilliseconds(millis) : null,
            };
        }
    }

    private static bool ReadAccessMode(string? mode) => mode?.ToUpperInvariant() switch
    {
        null or "WRITE" => false,
        "READ" => true,
        _ => throw QueryApiError.Invalid($"accessMode must be READ or WRITE, not '{mode}'."),
    };

    // A field absent or null is the default; a field of the wrong JSON kind is a bad request.
    private static JsonElement? Optional(JsonElement root, string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        var matches = kind == JsonValueKind.True ? value.ValueKind is JsonValueKind.True or JsonValueKind.False : value.ValueKind == kind;
        if (!matches) throw QueryApiError.Invalid($"'{name}' must be a JSON {(kind == JsonValueKind.True ? "boolean" : kind.ToString().ToLowerInvariant())}.");
        return value;
    }

    private static Dictionary<string, object?> ReadParameters(JsonElement? parameters, bool typed)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is not { } map) return result;
        foreach (var property in map.EnumerateObject())
        {
            try { result[property.Name] = typed ? Neo4jTypedJson.Read(property.Value) : ReadPlain(property.Value); }
            catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or Cypher.CypherException)
            {
                throw QueryApiError.Invalid($"Parameter '{property.Name}' could not be read: {e.Message}");
            }
        }
        return result;
    }

    /// <summary>Plain JSON: whole numbers are integers, other numbers floats, objects maps, arrays lists.</summary>
    private static object? ReadPlain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? (object)whole : value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(ReadPlain).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ReadPlain(p.Value), StringComparer.Ordinal),
        _ => throw QueryApiError.Invalid($"Unsupported JSON value {value.ValueKind}."),
    };
}
