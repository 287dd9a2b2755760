using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// Neo4j's HTTP Query API (5.26+) served on the embedded store, so Neo4j clients, and the app's own
/// Neo4j adapter, can use a RelationsGraph as they would a Neo4j server:
/// POST /db/{database}/query/v2 runs one statement in its own transaction;
/// POST .../tx opens an explicit transaction, POST .../tx/{id} runs in it, POST .../tx/{id}/commit
/// commits it, DELETE .../tx/{id} rolls it back.
/// </summary>
internal static class QueryApiEndpoints
{
    public const string DatabaseName = "neo4j";
    /// <summary>The Neo4j version whose Query API this one follows (GET / reports it, as Neo4j does).</summary>
    public const string CompatibleNeo4jVersion = "5.26.0";

    public static void MapQueryApi(this WebApplication app)
    {
        var api = app.MapGroup("/db/{database}/query/v2").WithTags("neo4j query api").ExcludeFromDescription();
        api.MapPost("", (HttpContext c, string database) => Handle(c, database, RunImplicitAsync));
        api.MapPost("/tx", (HttpContext c, string database) => Handle(c, database, BeginAsync));
        api.MapPost("/tx/{id}", (HttpContext c, string database, string id) => Handle(c, database, (ctx, db) => RunInTransactionAsync(ctx, db, id, commit: false)));
        api.MapPost("/tx/{id}/commit", (HttpContext c, string database, string id) => Handle(c, database, (ctx, db) => RunInTransactionAsync(ctx, db, id, commit: true)));
        api.MapDelete("/tx/{id}", (HttpContext c, string database, string id) => Handle(c, database, (ctx, db) => RollbackAsync(ctx, db, id)));
    }

    /// <summary>
    /// GET / asking for JSON answers with Neo4j's discovery document (where the Query API is, which
    /// version), which Neo4j's clients read first; browsers asking for HTML still get the page.
    /// </summary>
    public static void UseQueryApiDiscovery(this WebApplication app) => app.Use(async (context, next) =>
    {
        var accept = context.Request.Headers.Accept.ToString();
        if (context.Request.Path == "/" && HttpMethods.IsGet(context.Request.Method)
            && accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            await context.Response.WriteAsJsonAsync(new Dictionary<string, string>
            {
                ["query"] = origin + "/db/{databaseName}/query/v2",
                ["neo4j_version"] = CompatibleNeo4jVersion,
                ["neo4j_edition"] = "community",
                ["relationsgraph"] = "embedded store",
            });
            return;
        }
        await next(context);
    });

    private static async Task Handle(HttpContext context, string database, Func<HttpContext, EmbeddedGraphDatabase, Task> action)
    {
        try
        {
            if (!context.RequestServices.GetRequiredService<QueryApiAccess>().Allows(context.Request))
                throw new QueryApiError(StatusCodes.Status401Unauthorized, "Neo.ClientError.Security.Unauthorized",
                    "The client is unauthorized due to authentication failure.");
            if (!string.Equals(database, DatabaseName, StringComparison.Ordinal))
                throw new QueryApiError(StatusCodes.Status404NotFound, "Neo.ClientError.Database.DatabaseNotFound",
                    $"Graph not found: {database}. This server has one database, '{DatabaseName}'.");
            if (context.RequestServices.GetRequiredService<IGraphDatabasePort>() is not EmbeddedGraphDatabase embedded)
                throw new QueryApiError(StatusCodes.Status503ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable",
                    "The Query API is served on the embedded store only; this server uses Neo4j.");
            await action(context, embedded);
        }
        catch (QueryApiError error)
        {
            if (error.HttpStatus == StatusCodes.Status401Unauthorized)
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"Neo4j\", Bearer";
            await QueryApiResponse.ErrorAsync(context, error);
        }
    }

    private static async Task RunImplicitAsync(HttpContext context, EmbeddedGraphDatabase database)
    {
        var request = await QueryApiRequest.ReadAsync(context.Request, context.RequestAborted);
        var statement = RequireStatement(request);
        var bookmarks = context.RequestServices.GetRequiredService<QueryApiBookmarks>();
        bookmarks.Check(request.Bookmarks);
        QueryResult result;
        try
        {
            result = await database.RunAsync(statement, request.Parameters, Options(request, request.ReadAccess), context.RequestAborted);
        }
        catch (CypherException e) { throw QueryApiError.From(e, statement); }
        var bookmark = result.Statistics.ContainsUpdates ? bookmarks.AfterWrite() : bookmarks.Current;
        await QueryApiResponse.ResultAsync(context, StatusCodes.Status202Accepted, result, request.IncludeCounters, bookmark, transaction: null);
    }

    private static async Task BeginAsync(HttpContext context, EmbeddedGraphDatabase database)
    {
        var request = await QueryApiRequest.ReadAsync(context.Request, context.RequestAborted);
        context.RequestServices.GetRequiredService<QueryApiBookmarks>().Check(request.Bookmarks);
        var transactions = context.RequestServices.GetRequiredService<QueryApiTransactions>();
        var transaction = await transactions.BeginAsync(database, request.ReadAccess, context.RequestAborted);
        await transaction.Gate.WaitAsync(context.RequestAborted);
        await RunStatementAsync(context, transactions, transaction, request, commit: false);
    }

    private static async Task RunInTransactionAsync(HttpContext context, EmbeddedGraphDatabase database, string id, bool commit)
    {
        var request = await QueryApiRequest.ReadAsync(context.Request, context.RequestAborted);
        var transactions = context.RequestServices.GetRequiredService<QueryApiTransactions>();
        var transaction = await transactions.AcquireAsync(id, context.RequestAborted);
        await RunStatementAsync(context, transactions, transaction, request, commit);
    }

    /// <summary>
    /// Runs the request's statement, if any, in the transaction the caller holds the gate of, then
    /// commits or keeps it open. A failing statement rolls the whole transaction back, as on Neo4j.
    /// </summary>
    private static async Task RunStatementAsync(HttpContext context, QueryApiTransactions transactions, OpenTransaction transaction,
        QueryApiRequest request, bool commit)
    {
        QueryResult? result = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(request.Statement))
            {
                var options = Options(request, transaction.ReadAccess || request.ReadAccess);
                result = await Task.Run(() => transaction.Engine.Execute(request.Statement, request.Parameters, options, context.RequestAborted),
                    CancellationToken.None);
                transaction.Wrote |= result.Statistics.ContainsUpdates;
            }
        }
        catch (CypherException e)
        {
            transactions.Finish(transaction, commit: false);
            throw QueryApiError.From(e, request.Statement);
        }
        catch
        {
            transactions.Finish(transaction, commit: false);
            throw;
        }

        var bookmarks = context.RequestServices.GetRequiredService<QueryApiBookmarks>();
        if (commit)
        {
            var wrote = transaction.Wrote;
            try { transactions.Finish(transaction, commit: true); }
            catch (CypherException e) { throw QueryApiError.From(e, null); }
            await QueryApiResponse.ResultAsync(context, StatusCodes.Status202Accepted, result, request.IncludeCounters,
                wrote ? bookmarks.AfterWrite() : bookmarks.Current, transaction: null);
            return;
        }
        transactions.Release(transaction);
        await QueryApiResponse.ResultAsync(context, StatusCodes.Status202Accepted, result, request.IncludeCounters, bookmark: null, transaction);
    }

    private static async Task RollbackAsync(HttpContext context, EmbeddedGraphDatabase database, string id)
    {
        var transactions = context.RequestServices.GetRequiredService<QueryApiTransactions>();
        var transaction = await transactions.AcquireAsync(id, context.RequestAborted);
        transactions.Finish(transaction, commit: false);
        await QueryApiResponse.ResultAsync(context, StatusCodes.Status200OK, result: null, includeCounters: false,
            context.RequestServices.GetRequiredService<QueryApiBookmarks>().Current, transaction: null);
    }

    private static string RequireStatement(QueryApiRequest request) => string.IsNullOrWhiteSpace(request.Statement)
        ? throw QueryApiError.Invalid("The request has no 'statement'.")
        : request.Statement;

    private static QueryOptions Options(QueryApiRequest request, bool readAccess) =>
        new() { ReadOnly = readAccess, Timeout = request.MaxExecutionTime };

    public static IServiceCollection AddQueryApi(this IServiceCollection services) => services
        .AddSingleton<QueryApiAccess>()
        .AddSingleton<QueryApiBookmarks>()
        .AddSingleton<QueryApiTransactions>();
}
