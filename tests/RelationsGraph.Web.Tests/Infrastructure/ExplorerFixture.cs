using Microsoft.Playwright;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>One server with the test articles and one browser, shared by the browser tests.</summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;
    public BrowserSession Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync();
        Browser = await BrowserSession.LaunchAsync();
    }

    public Task<IPage> OpenAsync(List<string>? errors = null) => Browser.OpenExplorerAsync(Server.BaseUrl, errors);

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name) });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
