using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Database;
using RelationsGraph.Web.Uploads;

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
        var form = await ReadFormAsync(request, ct);
        if (form.Files.Count == 0)
            return Results.Problem("No file was sent.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

        // A request holding one file that is refused is answered with that error as a problem;
        // with several, each file gets its own result.
        if (form.Files.Count == 1 && uploads.Refusal(form.Files[0]) is { } refusal)
            return Results.Problem(refusal.Detail, statusCode: refusal.Status, title: refusal.Title);
        var outcomes = new List<ArticleUploads.Outcome>();
        foreach (var file in form.Files)
        {
            try
            {
                outcomes.Add(await uploads.LoadAsync(file, ct));
            }
            catch (Exception e) when (StorageFull.Is(e))
            {
                var before = outcomes.Count == 0 ? "" : $" The {outcomes.Count} file(s) before it in this request were handled; see results.";
                return Results.Problem($"The server's disk is full: '{file.FileName}' was not saved or loaded, and no file of it was kept.{before} " +
                                       "Free some disk space on the server, then load it again.",
                    statusCode: StatusCodes.Status507InsufficientStorage, title: "Server disk full",
                    extensions: new Dictionary<string, object?> { ["results"] = outcomes });
            }
        }
        return Results.Ok(outcomes);
    }

    /// <summary>
    /// The multipart form. A body that is not one (no boundary, the wrong one, cut short) or is over a
    /// limit is the client's error, answered 400 or 413 by ProblemResponses, not a failure of the server;
    /// a full disk while buffering it stays what it is (507).
    /// </summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException($"The upload is too large: {e.Message}", StatusCodes.Status413PayloadTooLarge, e);
        }
        catch (InvalidDataException e)
        {
            throw new BadHttpRequestException($"The multipart body is malformed: {e.Message}", StatusCodes.Status400BadRequest, e);
        }
        catch (IOException e) when (!StorageFull.Is(e) && !ct.IsCancellationRequested)
        {
            throw new BadHttpRequestException($"The multipart body could not be read (wrong boundary or cut short): {e.Message}", StatusCodes.Status400BadRequest, e);
        }
    }
}
