using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using RelationsGraph.Loading.Database;
using RelationsGraph.Web;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>
/// The real explorer, in process, on a free port: the test articles loaded through the loader
/// into a fresh embedded store, plus a node whose name is hostile markup (written directly,
/// since extraction need not produce such a name).
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string HostileName = "<img src=x onerror=\"window.__pwned=true\"><script>window.__pwned=true</script>";

    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private TestServer(WebApplication app, string dataDirectory, string baseUrl)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string BaseUrl { get; }
    /// <summary>The embedded store's directory; uploaded files are kept in its uploads/ folder.</summary>
    public string DataDirectory => _dataDirectory;
    public HttpClient Http { get; }

    public static async Task<TestServer> StartAsync(Func<ExplorerSettings, ExplorerSettings>? configure = null, bool withArticles = true,
        IGraphDatabasePort? database = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? replaceServices = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "relationsgraph-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var settings = new ExplorerSettings
        {
            Urls = "http://127.0.0.1:0",
            Database = GraphDatabaseSettings.Resolve(dataDirectory: data),
            SamplesDirectory = withArticles ? Path.Combine(AppContext.BaseDirectory, "Articles") : null,
            WebRoot = RepositoryPaths.WebRoot,
            QueryTimeout = TimeSpan.FromSeconds(3),
        };
        settings = configure?.Invoke(settings) ?? settings;
        var app = ExplorerHost.Build(settings, database, replaceServices);
        await ExplorerHost.SeedSamplesAsync(app, settings, TextWriter.Null);
        if (withArticles)
        {
            var port = (IGraphDatabasePort)app.Services.GetService(typeof(IGraphDatabasePort))!;
            await port.RunAsync("MERGE (p:Person {id: 'person:hostile'}) SET p.name = $name, p.aliases = [$name, 'Hostile Envoy'], p.roles = [$name] " +
                                "WITH p MATCH (c:Country {id: 'country:kr'}) MERGE (p)-[r:REPRESENTS]->(c) SET r.evidence = [$name], r.sources = ['hostile-names']",
                new Dictionary<string, object?> { ["name"] = HostileName });
            // The trace view is tested with a reaffirmation whether or not extraction finds one in these articles.
            await port.RunAsync("MATCH (a:Agreement) WHERE a.year = 2026 MATCH (b:Agreement) WHERE b.year = 1998 " +
                                "MERGE (a)-[r:REAFFIRMS]->(b) SET r.sources = [], r.evidence = []");
        }
        await app.StartAsync();
        // Bound to a wildcard address, the server is still reached through loopback.
        var address = app.Urls.First().Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "127.0.0.1");
        return new TestServer(app, data, address);
    }

    /// <summary>The id key of the first entity whose name or alias contains the term.</summary>
    public async Task<string> KeyOfAsync(string term)
    {
        var result = await Http.GetFromJsonAsync<JsonElement>($"/api/search?term={Uri.EscapeDataString(term)}");
        var rows = result.GetProperty("rows");
        Assert.True(rows.GetArrayLength() > 0, $"no entity matches '{term}'");
        return rows[0][0].GetProperty("properties").GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { /* the store may still be closing */ }
    }
}
