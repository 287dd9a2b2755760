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
            if (data.TryGetProperty("fields", out var fields))
                columns.AddRange(fields.EnumerateArray().Select(f => f.GetString()!));
            if (data.TryGetProperty("values", out var values))
            {
                foreach (var row in values.EnumerateArray())
                {
                    if (maxRows is { } max && rows.Count >= max) { truncated = true; break; }
                    rows.Add(row.EnumerateArray().Select(Neo4jTypedJson.Read).ToArray());
                }
            }
        }
        var statistics = root.TryGetProperty("counters", out var counters) ? ReadCounters(counters) : new QueryStatistics();
        return new QueryResult(columns, rows, statistics) { Truncated = truncated };
    }

    /// <summary>The id of the transaction a /tx response opened.</summary>
    public static string ReadTransactionId(JsonElement root)
    {
        ThrowIfErrors(root);
        if (root.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id) && id.GetString() is { } text)
            return text;
        throw new Neo4jProtocolException("Neo4j opened no transaction (no transaction.id in its answer).");
    }

    public static void ThrowIfErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
            return;
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        throw Neo4jErrorMapper.Map(code, message);
    }

    private static QueryStatistics ReadCounters(JsonElement counters)
    {
        int Count(string name) => counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
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
