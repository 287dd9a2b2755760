using RelationsGraph.Cypher;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Querying;

namespace RelationsGraph.Web.Endpoints;

/// <summary>The read-only views of the explorer: overview, search, neighbourhoods, evidence, paths, meetings.</summary>
internal static class GraphEndpoints
{
    public static RouteGroupBuilder MapGraphEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/graph", OverviewEndpoint.Overview)
            .WithSummary("The opening view: every entity within the view budget, else the most connected; with a summary by label and type.");
        api.MapGet("/search", Search)
            .WithSummary("Entities whose name or an alias matches the words of the term (exactly, as a prefix or misspelt), best match first.");
        api.MapGet("/neighbourhood", Neighbourhood)
            .WithSummary("A node and its direct neighbours through model relationships.");
        api.MapGet("/evidence", Evidence)
            .WithSummary("Each article and sentence that supports one relationship.");
        api.MapGet("/paths", Paths)
            .WithSummary("The shortest paths between two entities.");
        api.MapGet("/meetings", Meetings)
            .WithSummary("Every meeting with its date and attendees, oldest first.");
        api.MapGet("/counts", Counts)
            .WithSummary("How many nodes of each label the graph holds.");
        return api;
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static async Task<IResult> Search(GraphReader reader, string term, CancellationToken ct, int limit = 12)
    {
        // A term of punctuation alone has no word to look for: no rows, rather than a Lucene syntax error.
        if (FullTextSearchQuery.FromText(term) is not { } query)
            return JsonBody.Result(new QueryResult(["node", "label", "score"], [], new QueryStatistics()));
        return JsonBody.Result(await reader.ReadAsync(CypherCatalog.Get("queries/search"),
            Args(("query", query), ("limit", (long)Math.Clamp(limit, 1, 100))), ct));
    }

    private static async Task<IResult> Neighbourhood(GraphReader reader, string id, CancellationToken ct, int limit = 300) =>
        JsonBody.Result(await reader.ReadAsync(CypherCatalog.Get("queries/neighbourhood"),
            Args(("id", id), ("limit", (long)Math.Clamp(limit, 1, 5000))), ct));

    private static async Task<IResult> Evidence(GraphReader reader, string elementId, CancellationToken ct) =>
        JsonBody.Result(await reader.ReadAsync(CypherCatalog.Get("queries/evidence"), Args(("elementId", elementId)), ct));

    private static async Task<IResult> Paths(GraphReader reader, string from, string to, CancellationToken ct) =>
        JsonBody.Result(await reader.ReadAsync(CypherCatalog.Get("queries/shortest-paths"), Args(("from", from), ("to", to)), ct));

    private static async Task<IResult> Meetings(GraphReader reader, CancellationToken ct) =>
        JsonBody.Result(await reader.ReadAsync(CypherCatalog.Get("queries/meeting-timeline"), Args(("person", null)), ct));

    private static async Task<IResult> Counts(GraphReader reader, CancellationToken ct) =>
        JsonBody.Result(await reader.ReadAsync(ExplorerQueries.Get("counts"), null, ct));
}
