using RelationsGraph.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>
/// The explorer on the five seed articles: how long the page takes to show the graph and to expand
/// a node. The times are printed for the record, not asserted (a shared machine makes timings noisy).
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class SeedTimingTests(ITestOutputHelper output)
{
    [SeedsFact]
    public async Task With_the_seeds_loaded_the_graph_shows_and_nodes_expand()
    {
        await using var server = await TestServer.StartAsync(
            settings => settings with { SamplesDirectory = RepositoryPaths.Seeds }, withArticles: false);
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.OpenExplorerAsync(server.BaseUrl);

        var nodes = await page.EvaluateAsync<int>("window.explorer.cy.nodes(':visible').length");
        Assert.True(nodes >= 20, $"{nodes} nodes shown from the seeds");
        var shownMs = await page.EvaluateAsync<int>("window.explorerMetrics.graphShownMs");
        var pageMs = await page.EvaluateAsync<int>("window.explorerMetrics.pageToGraphMs");
        output.WriteLine($"seeds: {nodes} nodes shown; graph fetched and laid out in {shownMs} ms ({pageMs} ms from page start)");

        // The three best-connected nodes, expanded one after another.
        var expandTimes = new List<int>();
        for (var rank = 0; rank < 3; rank++)
        {
            await page.EvaluateAsync("rank => window.explorer.expand(window.explorer.cy.nodes().sort((a, b) => b.degree() - a.degree())[rank])", rank);
            expandTimes.Add(await page.EvaluateAsync<int>("window.explorerMetrics.expandMs.at(-1)"));
        }
        output.WriteLine($"seeds: expanding a node took {string.Join(", ", expandTimes)} ms");
        await page.CloseAsync();
    }
}
