using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Output;

namespace RelationsGraph.Web.Endpoints;

/// <summary>Details behind the node panel and the agreement trace.</summary>
internal static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntityEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/node", Node)
            .WithSummary("One entity with the articles that mention it and the sentences that name it.");
        api.MapGet("/trace", Trace)
            .WithSummary("An agreement's trace: signers, parties, producing meetings (attendees, place), reaffirmations, reports.");
        return api;
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static async Task<IResult> Node(GraphReader reader, string id, CancellationToken ct)
    {
        var node = await reader.ReadAsync(ExplorerQueries.Get("node"), Args(("id", id)), ct);
        if (node.Rows.Count == 0 || node.Rows[0][0] is not Cypher.Node entity)
            return Results.Problem($"No node has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        var articles = await reader.ReadAsync(ExplorerQueries.Get("mentioning-articles"), Args(("id", id), ("limit", 50L)), ct);
        return JsonBody.Object(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("node");
            ResultJsonWriter.WriteValue(w, entity);
            w.WritePropertyName("articles");
            WriteMentions(w, articles, Aliases(entity));
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> Trace(GraphReader reader, string id, CancellationToken ct)
    {
        var trace = await reader.ReadAsync(CypherCatalog.Get("queries/trace-agreement"), Args(("id", id)), ct);
        if (trace.Rows.Count == 0)
            return Results.Problem($"No agreement has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        var links = await reader.ReadAsync(ExplorerQueries.Get("agreement-links"), Args(("id", id)), ct);
        var meetingIds = links.Rows.Select(r => r[1]).OfType<Cypher.Node>()
            .Where(n => n.Labels.Contains("Meeting") && n.Properties.GetValueOrDefault("id") is string)
            .Select(n => (string)n.Properties["id"]!).Distinct().ToList();
        var meetings = new List<(string Id, QueryResult Context)>();
        foreach (var meetingId in meetingIds)
            meetings.Add((meetingId, await reader.ReadAsync(ExplorerQueries.Get("meeting-context"), Args(("id", meetingId)), ct)));
        var articles = await reader.ReadAsync(ExplorerQueries.Get("mentioning-articles"), Args(("id", id), ("limit", 50L)), ct);
        var agreement = trace.Rows[0][0] as Cypher.Node;

        return JsonBody.Object(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("trace");
            ResultJsonWriter.Write(w, trace);
            w.WritePropertyName("links");
            ResultJsonWriter.Write(w, links);
            w.WriteStartArray("meetings");
            foreach (var (meetingId, context) in meetings)
            {
                w.WriteStartObject();
                w.WriteString("id", meetingId);
                w.WritePropertyName("context");
                ResultJsonWriter.Write(w, context);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("articles");
            WriteMentions(w, articles, agreement is null ? [] : Aliases(agreement));
            w.WriteEndObject();
        });
    }

    private static IReadOnlyCollection<string> Aliases(Cypher.Node node)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (node.Properties.GetValueOrDefault("name") is string name) names.Add(name);
        if (node.Properties.GetValueOrDefault("aliases") is IEnumerable<object?> aliases)
            foreach (var alias in aliases.OfType<string>()) names.Add(alias);
        return names;
    }

    /// <summary>The mentioning articles without their full text: only the sentences that name the entity.</summary>
    private static void WriteMentions(Utf8JsonWriter w, QueryResult articles, IReadOnlyCollection<string> aliases)
    {
        w.WriteStartArray();
        foreach (var row in articles.Rows)
        {
            w.WriteStartObject();
            w.WritePropertyName("id"); ResultJsonWriter.WriteValue(w, row[0]);
            w.WritePropertyName("title"); ResultJsonWriter.WriteValue(w, row[1]);
            w.WritePropertyName("published"); ResultJsonWriter.WriteValue(w, row[2]);
            w.WritePropertyName("count"); ResultJsonWriter.WriteValue(w, row[3]);
            w.WriteStartArray("sentences");
            foreach (var sentence in SentenceFinder.Naming(row[4] as string, aliases)) w.WriteStringValue(sentence);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
