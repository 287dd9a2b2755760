using RelationsGraph.Loading.Database;
using RelationsGraph.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The page with 5,000 elements: measured and printed, not asserted beyond "it shows them and stays usable".</summary>
[Collection(ExplorerCollection.Name)]
public sealed class LargeGraphTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_graph_of_five_thousand_elements_is_shown_and_a_node_expands()
    {
        var database = EmbeddedGraphDatabase.CreateInMemory();
        // 2,000 people in 50 organisations, each a member of one and affiliated with another:
        // 2,050 nodes and 4,000 relationships.
        await database.RunAsync("UNWIND range(0, 49) AS g CREATE (:Organization {id: 'o' + toString(g), name: 'Organisation ' + toString(g), group: g})");
        await database.RunAsync(
            "UNWIND range(0, 1999) AS i " +
            "MATCH (home:Organization {group: i % 50}) MATCH (other:Organization {group: (i % 50 + 7 + 12 * (i % 2)) % 50}) " +
            "CREATE (home)<-[:MEMBER_OF]-(:Person {id: 'p' + toString(i), name: 'Person ' + toString(i)})-[:AFFILIATED_WITH]->(other)");
        await using var server = await TestServer.StartAsync(withArticles: false, database: database);
        await using var browser = await BrowserSession.LaunchAsync();

        var page = await browser.OpenExplorerAsync(server.BaseUrl);
        var elements = await page.EvaluateAsync<int>("window.explorer.cy.elements().length");
        var shown = await page.EvaluateAsync<int>("window.explorerMetrics.graphShownMs");
        output.WriteLine($"{elements} elements: graph shown in {shown} ms (of which fetching {await page.EvaluateAsync<int>("window.explorerMetrics.fetchMs")} ms)");
        Assert.True(elements >= 4500, $"{elements} elements");

        await page.EvaluateAsync("window.explorer.expand(window.explorer.cy.nodes()[0])");
        output.WriteLine($"expand in a {elements}-element graph: {await page.EvaluateAsync<int>("window.explorerMetrics.expandMs.at(-1)")} ms");
        var zoomMs = await page.EvaluateAsync<double>(@"() => { const cy = window.explorer.cy; const t = performance.now();
            for (let i = 0; i < 10; i++) { cy.zoom(cy.zoom() * 1.1); cy.forceRender(); } return performance.now() - t; }");
        output.WriteLine($"10 zoom steps with rendering: {zoomMs:0} ms");
        await page.CloseAsync();
    }
}
