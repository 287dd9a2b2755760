using Microsoft.AspNetCore.Builder;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Database.Neo4j;
using RelationsGraph.Web;

namespace RelationsGraph.Loading.Tests.QueryApi;

/// <summary>
/// The app's explorer host on a free loopback port with a fresh embedded store on disk, so its
/// Neo4j Query API (/db/neo4j/query/v2) can be met over real HTTP by the Neo4j adapter and by raw requests.
/// </summary>
public sealed class ServedQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _data;

    private ServedQueryApi(WebApplication app, TempDirectory data, Uri baseUri, ExplorerSettings settings)
    {
        _app = app;
        _data = data;
        BaseUri = baseUri;
        Settings = settings;
    }

    public Uri BaseUri { get; }
    public ExplorerSettings Settings { get; }

    public static async Task<ServedQueryApi> StartAsync(Func<ExplorerSettings, ExplorerSettings>? configure = null)
    {
        var data = new TempDirectory();
        var settings = new ExplorerSettings
        {
            Urls = "http://127.0.0.1:0",
            Database = GraphDatabaseSettings.Resolve(dataDirectory: data.Path),
        };
        settings = configure?.Invoke(settings) ?? settings;
        var app = ExplorerHost.Build(settings);
        await app.StartAsync();
        return new ServedQueryApi(app, data, new Uri(app.Urls.First()), settings);
    }

    /// <summary>The app's Neo4j adapter pointed at this server.</summary>
    public Neo4jHttpGraphDatabase Connect(string? password = null, string? bearer = null) =>
        new(new Neo4jConnection(BaseUri, "neo4j", password, "neo4j") { BearerToken = bearer });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }
}

/// <summary>One served Query API shared by the tests of a class (xunit class fixture).</summary>
public sealed class ServedQueryApiFixture : IAsyncLifetime
{
    public ServedQueryApi Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServedQueryApi.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
