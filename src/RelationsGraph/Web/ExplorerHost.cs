using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Ingestion;
using RelationsGraph.Web.Endpoints;
using RelationsGraph.Web.QueryApi;
using RelationsGraph.Web.Uploads;

namespace RelationsGraph.Web;

/// <summary>
/// Builds the explorer: the page from the top-level wwwroot/, the JSON API under /api (described
/// at /openapi/v1.json), and the graph database behind the port. Used by `serve` and by the tests.
/// Every request passes host filtering (AllowedHostNames) and, when it would change something,
/// the same-origin check (SameOriginWrites).
/// </summary>
internal static class ExplorerHost
{
    /// <param name="replaceServices">Tests swap services here (a full disk, a failing store) after the defaults are registered.</param>
    public static WebApplication Build(ExplorerSettings settings, IGraphDatabasePort? database = null, Action<IServiceCollection>? replaceServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            WebRootPath = settings.WebRoot,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(database ?? GraphDatabaseFactory.Open(settings.Database));
        builder.Services.AddSingleton<GraphReader>();
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddSingleton<RequireTokenFilter>();
        builder.Services.AddSingleton(sp => new ArticleLoader(sp.GetRequiredService<IGraphDatabasePort>(), new LibraryArticleExtractor()));
        builder.Services.AddSingleton<UploadFiles>();
        builder.Services.AddSingleton<ArticleUploads>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemResponses>();
        builder.Services.AddOpenApi();
        var hostNames = AllowedHostNames.For(settings, builder.Configuration["AllowedHosts"]);
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [.. hostNames]);
        builder.Services.AddQueryApi();
        // Several files per request, each within the per-file limit (checked again per file).
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = settings.MaxUploadBytes * 20);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes * 20 + 64 * 1024);

        replaceServices?.Invoke(builder.Services);

        var app = builder.Build();
        // First, so that nothing after it (routing included) can answer with an exception's internals.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHostFiltering();
        app.UseSameOriginWrites();
        app.UseQueryApiDiscovery();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(settings.WebRoot),
            OnPrepareResponse = c => c.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        app.UseRouting();
        app.MapOpenApi();

        var api = app.MapGroup("/api").WithTags("explorer");
        api.MapGraphEndpoints();
        api.MapEntityEndpoints();
        api.MapArticleEndpoints();
        api.MapConsoleEndpoints();
        api.MapSchemaEndpoints();
        app.MapQueryApi();
        return app;
    }

    /// <summary>Loads the sample articles when asked to, or on first run (an empty store).</summary>
    public static async Task SeedSamplesAsync(WebApplication app, ExplorerSettings settings, TextWriter log, CancellationToken cancellationToken = default)
    {
        // The schema first (idempotent), so a store loaded before an index was added to schema.cypher
        // gets it: the search box needs the full-text index whether or not samples load.
        await app.Services.GetRequiredService<ArticleLoader>().EnsureSchemaAsync(cancellationToken);
        if (settings.SamplesDirectory is not { } folder) return;
        if (!Directory.Exists(folder))
        {
            log.WriteLine($"serve: no samples folder at {folder}; starting with the graph as it is.");
            return;
        }
        var database = app.Services.GetRequiredService<IGraphDatabasePort>();
        if (settings.SamplesOnlyWhenEmpty)
        {
            var any = await database.RunAsync(ExplorerQueries.Get("any-article"), cancellationToken: cancellationToken);
            if (any.Rows.Count > 0) return;
        }
        var (files, _) = ArticlePaths.Expand([folder]);
        log.WriteLine($"serve: loading {files.Count} sample article(s) from {folder} ...");
        var summary = await app.Services.GetRequiredService<ArticleLoader>().LoadAsync(files, cancellationToken: cancellationToken);
        log.WriteLine($"serve: {summary.Loaded} loaded, {summary.Unchanged} unchanged, {summary.Failed} failed; " +
                      $"{summary.NodesCreated} nodes and {summary.RelationshipsCreated} relationships created.");
        foreach (var failure in summary.Files.Where(f => f.Status == FileLoadStatus.Failed))
            log.WriteLine($"serve: {failure.Path}: {failure.Error}");
    }
}
