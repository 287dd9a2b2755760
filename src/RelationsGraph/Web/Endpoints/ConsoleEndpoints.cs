using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Catalog;

namespace RelationsGraph.Web.Endpoints;

/// <summary>The Cypher console (read-only, time-limited, row-capped) and what the page needs to know about the server.</summary>
internal static class ConsoleEndpoints
{
    public sealed record QueryRequest(string Cypher, JsonElement? Parameters);

    public sealed record ServerInfo(string Database, bool TokenRequired, bool FeaturesDisabled, long MaxUploadBytes,
        IReadOnlyList<string> UploadExtensions, double QueryTimeoutSeconds, int MaxRows,
        IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes);

    public static RouteGroupBuilder MapConsoleEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/query", Run)
            .WithSummary("Run a read-only Cypher statement; stopped at the time limit, rows capped (see /api/info).")
            .AddEndpointFilter<RequireTokenFilter>();
        api.MapGet("/examples", () => CypherCatalog.Examples().Select(e => new { question = e.Question, cypher = e.Cypher }))
            .WithSummary("The example questions of cypher/examples.cypher.");
        api.MapGet("/info", Info).WithSummary("The database in use, access rules and limits.");
        return api;
    }

    private static async Task<IResult> Run(QueryRequest request, GraphReader reader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Cypher))
            return Results.Problem("The statement is empty.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        try
        {
            return JsonBody.Result(await reader.RunConsoleAsync(request.Cypher, JsonParameters.From(request.Parameters), ct));
        }
        catch (Exception e) when (e is CypherException or FormatException)
        {
            return ProblemResponses.ToResult(e);
        }
    }

    private static ServerInfo Info(Loading.Database.IGraphDatabasePort database, AccessPolicy access, ExplorerSettings settings) =>
        new(database.Description, access.TokenRequired, access.FeaturesDisabled, settings.MaxUploadBytes, ExplorerSettings.UploadExtensions,
            settings.QueryTimeout.TotalSeconds, settings.MaxRows, [.. GraphModel.EntityLabels, GraphModel.ArticleLabel], GraphModel.RelationshipTypes);
}
