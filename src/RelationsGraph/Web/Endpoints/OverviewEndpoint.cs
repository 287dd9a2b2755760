using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Output;

namespace RelationsGraph.Web.Endpoints;

/// <summary>
/// The opening view. Within the view budget it is every entity; beyond it, an overview chosen by the
/// store (the best-connected entities, with the relationships among them), as map tiles show the main
/// roads first. Either way it comes with a summary of the whole graph by label and relationship type,
/// so the page can say what is not drawn.
/// </summary>
internal static class OverviewEndpoint
{
    public static async Task<IResult> Overview(GraphReader reader, CancellationToken ct, int limit = 2500)
    {
        limit = Math.Clamp(limit, 1, 10_000);
        var limits = new Dictionary<string, object?> { ["limit"] = (long)limit, ["relationships"] = (long)limit * 2 };
        var entities = Convert.ToInt64((await reader.ReadAsync(ExplorerQueries.Get("entity-count"), null, ct)).Rows[0][0]);
        var byDegree = entities > limit;
        var nodes = await reader.ReadAsync(ExplorerQueries.Get(byDegree ? "overview-top-nodes" : "overview-nodes"), limits, ct);
        var relationships = await reader.ReadAsync(ExplorerQueries.Get(byDegree ? "overview-top-relationships" : "overview-relationships"), limits, ct);
        var labels = await reader.ReadAsync(ExplorerQueries.Get("summary-labels"), null, ct);
        var types = await reader.ReadAsync(ExplorerQueries.Get("summary-types"), null, ct);
        return JsonBody.Object(w =>
        {
            w.WriteStartObject();
            Part(w, "nodes", nodes);
            Part(w, "relationships", relationships);
            w.WritePropertyName("summary");
            w.WriteStartObject();
            w.WriteNumber("entities", entities);
            w.WriteNumber("limit", limit);
            w.WriteBoolean("byDegree", byDegree);
            Part(w, "labels", labels);
            Part(w, "types", types);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void Part(Utf8JsonWriter writer, string name, QueryResult result)
    {
        writer.WritePropertyName(name);
        ResultJsonWriter.Write(writer, result);
    }
}
