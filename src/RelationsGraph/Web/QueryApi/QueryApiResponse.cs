using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// Writes Query API answers: {data: {fields, values}, counters, bookmarks, transaction} on success,
/// {errors: [{code, message}]} on failure, in the media type the client asked for.
/// </summary>
internal static class QueryApiResponse
{
    /// <summary>Typed JSON when the client's Accept prefers application/vnd.neo4j.query.</summary>
    public static bool WantsTyped(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        var typedAt = accept.IndexOf(QueryApiRequest.TypedMediaType, StringComparison.OrdinalIgnoreCase);
        if (typedAt < 0) return false;
        var plainAt = accept.IndexOf("application/json", StringComparison.OrdinalIgnoreCase);
        return plainAt < 0 || typedAt < plainAt;
    }

    public static Task ResultAsync(HttpContext context, int status, QueryResult? result, bool includeCounters,
        string? bookmark, OpenTransaction? transaction) =>
        WriteAsync(context, status, WantsTyped(context.Request), writer =>
        {
            var typed = WantsTyped(context.Request);
            writer.WriteStartObject("data");
            writer.WriteStartArray("fields");
            foreach (var column in result?.Columns ?? []) writer.WriteStringValue(column);
            writer.WriteEndArray();
            writer.WriteStartArray("values");
            foreach (var row in result?.Rows ?? [])
            {
                writer.WriteStartArray();
                foreach (var value in row) QueryApiValueWriter.Write(writer, value, typed);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            if (includeCounters) WriteCounters(writer, result?.Statistics ?? new QueryStatistics());
            if (result?.Plan is { } plan) QueryApiPlanWriter.Write(writer, plan, typed);
            writer.WriteStartArray("bookmarks");
            if (bookmark is not null) writer.WriteStringValue(bookmark);
            writer.WriteEndArray();
            if (transaction is not null)
            {
                writer.WriteStartObject("transaction");
                writer.WriteString("id", transaction.Id);
                writer.WriteString("expires", transaction.Expires.ToString("O"));
                writer.WriteEndObject();
            }
        });

    public static Task ErrorAsync(HttpContext context, QueryApiError error) =>
        WriteAsync(context, error.HttpStatus, WantsTyped(context.Request), writer =>
        {
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
            writer.WriteEndArray();
        });

    private static async Task WriteAsync(HttpContext context, int status, bool typed, Action<Utf8JsonWriter> writeFields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }
        context.Response.StatusCode = status;
        // Exactly the media type, no charset: Neo4j's own clients compare it verbatim.
        context.Response.ContentType = typed ? QueryApiRequest.TypedMediaType : "application/json";
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }

    private static void WriteCounters(Utf8JsonWriter writer, QueryStatistics s)
    {
        writer.WriteStartObject("counters");
        writer.WriteBoolean("containsUpdates", s.ContainsUpdates);
        writer.WriteNumber("nodesCreated", s.NodesCreated);
        writer.WriteNumber("nodesDeleted", s.NodesDeleted);
        writer.WriteNumber("propertiesSet", s.PropertiesSet);
        writer.WriteNumber("relationshipsCreated", s.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", s.RelationshipsDeleted);
        writer.WriteNumber("labelsAdded", s.LabelsAdded);
        writer.WriteNumber("labelsRemoved", s.LabelsRemoved);
        writer.WriteNumber("indexesAdded", s.IndexesAdded);
        writer.WriteNumber("indexesRemoved", s.IndexesRemoved);
        writer.WriteNumber("constraintsAdded", s.ConstraintsAdded);
        writer.WriteNumber("constraintsRemoved", s.ConstraintsRemoved);
        writer.WriteBoolean("containsSystemUpdates", false);
        writer.WriteNumber("systemUpdates", 0);
        writer.WriteEndObject();
    }
}
