using RelationsGraph.Loading.Catalog;

namespace RelationsGraph.Web.Endpoints;

/// <summary>Reading articles, and loading new ones from the page (guarded by the access token).</summary>
internal static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticleEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", List).WithSummary("The loaded articles, newest first.");
        api.MapGet("/article", Get).WithSummary("One article's cleaned text with the entities it mentions.");
        api.MapPost("/articles", Upload)
            .WithSummary("Load article files (.txt .md .html .json) sent as multipart form data; one result per file.")
            .DisableAntiforgery()
            .AddEndpointFilter<RequireTokenFilter>();
        return api;
    }

    private static async Task<IResult> List(GraphReader reader, CancellationToken ct, int limit = 500) =>
        JsonBody.Result(await reader.ReadAsync(ExplorerQueries.Get("articles"),
            new Dictionary<string, object?> { ["limit"] = (long)Math.Clamp(limit, 1, 5000) }, ct));

    private static async Task<IResult> Get(GraphReader reader, string id, CancellationToken ct)
    {
        var result = await reader.ReadAsync(CypherCatalog.Get("queries/article"), new Dictionary<string, object?> { ["id"] = id }, ct);
        return result.Rows.Count == 0
            ? Results.Problem($"No article has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : JsonBody.Result(result);
    }

    private static async Task<IResult> Upload(HttpRequest request, ArticleUploads uploads, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Results.Problem("Send the files as multipart/form-data.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count == 0)
            return Results.Problem("No file was sent.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

        // A request holding one file that is refused is answered with that error as a problem;
        // with several, each file gets its own result.
        if (form.Files.Count == 1 && uploads.Refusal(form.Files[0].FileName, form.Files[0].Length) is { } refusal)
        {
            var tooLarge = refusal.Contains("the limit is", StringComparison.Ordinal);
            return Results.Problem(refusal, statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status415UnsupportedMediaType,
                title: tooLarge ? "File too large" : "Unsupported file type");
        }
        var outcomes = new List<ArticleUploads.Outcome>();
        foreach (var file in form.Files) outcomes.Add(await uploads.LoadAsync(file, ct));
        return Results.Ok(outcomes);
    }
}
