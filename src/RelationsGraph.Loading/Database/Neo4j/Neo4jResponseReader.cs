using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>Turns a Query API response body into the engine's QueryResult, or its errors into a CypherException.</summary>
internal static class Neo4jResponseReader
{
    public static QueryResult ReadResult(JsonElement root, int? maxRows)
    {
        ThrowIfErrors(root);
        var columns = new List<string>();
        var rows = new List<object?[]>();
        var truncated = false;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
                columns.AddRange(fields.EnumerateArray().Select(f => f.ValueKind == JsonValueKind.String ? f.GetString()! : throw new Neo4jProtocolException("Unexpected Neo4j response: a field name that is not a string.")));
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in values.EnumerateArray())
                {
                    if (maxRows is { } max && rows.Count >= max) { truncated = true; break; }
                    rows.Add(row.EnumerateArray().Select(Neo4jTypedJson.ReadOrFail).ToArray());
                }
            }
        }
        var statistics = root.TryGetProperty("counters", out var counters) ? ReadCounters(counters) : new QueryStatistics();
        return new QueryResult(columns, rows, statistics) { Truncated = truncated, Plan = Neo4jPlanReader.Read(root) };
    }

    /// <summary>The id of the transaction a /tx response opened.</summary>
    public static string ReadTransactionId(JsonElement root)
    {
        ThrowIfErrors(root);
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
            && transaction.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { } text)
            return text;
        throw new Neo4jProtocolException("Neo4j opened no transaction (no transaction.id in its answer).");
    }

    /// <summary>
    /// Throws when the body holds errors, whatever the HTTP status (Neo4j may answer 202 with data and
    /// errors together, the data then being a partial result to discard). The first error gives the
    /// code and position; the others are appended to the message so none is lost.
    /// </summary>
    public static void ThrowIfErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
            return;
        var all = errors.EnumerateArray().Select(e => (Code: Text(e, "code") ?? Text(e, "error") ?? "", Message: Text(e, "message") ?? "")).ToList();
        var first = Neo4jErrorMapper.Map(all[0].Code, all[0].Message);
        if (all.Count == 1) throw first;
        var more = string.Join("; ", all.Skip(1).Select(e => $"{e.Code}: {e.Message.Split('\n')[0]}"));
        throw new CypherException(first.ErrorClass, first.Detail, first.Phase, $"{first.Message} (and {all.Count - 1} more: {more})",
            first.Line, first.Column, first.Offset);
    }

    /// <summary>The bookmarks a response carries (Neo4j sends them after every committed transaction).</summary>
    public static IReadOnlyList<string> ReadBookmarks(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.ValueKind == JsonValueKind.Array
            ? bookmarks.EnumerateArray().Where(b => b.ValueKind == JsonValueKind.String).Select(b => b.GetString()!).ToList()
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    private static QueryStatistics ReadCounters(JsonElement counters)
    {
        int Count(string name) => counters.ValueKind == JsonValueKind.Object && counters.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) ? count : 0;
        return new QueryStatistics
        {
            NodesCreated = Count("nodesCreated"),
            NodesDeleted = Count("nodesDeleted"),
            RelationshipsCreated = Count("relationshipsCreated"),
            RelationshipsDeleted = Count("relationshipsDeleted"),
            PropertiesSet = Count("propertiesSet"),
            LabelsAdded = Count("labelsAdded"),
            LabelsRemoved = Count("labelsRemoved"),
            IndexesAdded = Count("indexesAdded"),
            IndexesRemoved = Count("indexesRemoved"),
            ConstraintsAdded = Count("constraintsAdded"),
            ConstraintsRemoved = Count("constraintsRemoved"),
        };
    }
}
