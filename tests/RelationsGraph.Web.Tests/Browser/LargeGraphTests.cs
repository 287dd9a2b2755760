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

    [Fact]
    public async Task Five_hundred_nodes_are_shown_within_two_seconds_with_no_overlapping_captions()
    {
        var database = EmbeddedGraphDatabase.CreateInMemory();
        // 500 people in 20 countries: each represents one, and attends meetings with 3 others chosen
        // by a fixed stride, giving 500 nodes (incl. countries) and 2,000 relationships.
        await database.RunAsync("UNWIND range(0, 19) AS c CREATE (:Country {id: 'c' + toString(c), name: 'Country ' + toString(c), n: c})");
        await database.RunAsync("UNWIND range(0, 479) AS i MATCH (c:Country {n: i % 20}) " +
                                "CREATE (:Person {id: 'p' + toString(i), name: 'Delegate number ' + toString(i), n: i})-[:REPRESENTS]->(c)");
        await database.RunAsync("UNWIND range(0, 479) AS i UNWIND [7, 61, 173] AS stride " +
                                "MATCH (a:Person {n: i}), (b:Person {n: (i + stride) % 480}) CREATE (a)-[:AFFILIATED_WITH]->(b)");
        await using var server = await TestServer.StartAsync(withArticles: false, database: database);
        await using var browser = await BrowserSession.LaunchAsync();

        var page = await browser.OpenExplorerAsync(server.BaseUrl);
        var counts = await page.EvaluateAsync<int[]>("[window.explorer.cy.nodes().length, window.explorer.cy.edges().length]");
        Assert.Equal([500, 1920], counts);
        var shown = await page.EvaluateAsync<int>("window.explorerMetrics.graphShownMs");
        output.WriteLine($"500 nodes, 1,920 relationships: shown in {shown} ms (fetched by {await page.EvaluateAsync<int>("window.explorerMetrics.addingAt")} ms, " +
                         $"added and styled by {await page.EvaluateAsync<int>("window.explorerMetrics.layoutAt")} ms; layout steps {await page.EvaluateAsync<string>("JSON.stringify(window.explorerMetrics.layoutSteps)")})");

        output.WriteLine($"first frame drawn after {await page.EvaluateAsync<int?>("window.explorerMetrics.firstFrameMs")} ms");
        var (nodesLooked, stacked) = await GraphViewChecks.StackedNodesAsync(page);
        output.WriteLine($"{stacked} pairs of {nodesLooked} nodes drawn closer than a node's radius");
        Assert.Equal(0, stacked);
        await page.EvaluateAsync("void window.explorer.cy.fit(undefined, 40)");
        await page.WaitForTimeoutAsync(600);   // the captions are re-chosen once the view has settled
        var overlaps = await page.EvaluateAsync<int[]>(@"() => {
            const cy = window.explorer.cy;
            const shown = cy.nodes(':visible').filter(n => !n.hasClass('quiet') && parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')))
                .map(n => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
            let overlapping = 0;
            for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) {
                const a = shown[i], b = shown[j];
                if (a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1) overlapping++;
            }
            return [shown.length, overlapping];
        }");
        output.WriteLine($"{overlaps[0]} captions shown at the fitted zoom, {overlaps[1]} overlapping pairs");
        Assert.True(overlaps[0] > 0, "some captions are shown at the fitted zoom");
        Assert.Equal(0, overlaps[1]);
        // Dense: edges drawn as haystack lines; nodes sized by degree (a country of 24 delegates outgrows a delegate).
        Assert.True(await page.EvaluateAsync<bool>("window.explorer.cy.edges(':visible').every(e => e.style('curve-style') === 'haystack')"));
        var widths = await page.EvaluateAsync<double[]>(@"() => { const cy = window.explorer.cy; const w = l => Math.min(...cy.nodes().filter(n => n.data('label') === l).map(n => n.renderedWidth()));
            return [w('Country'), Math.max(...cy.nodes().filter(n => n.data('label') === 'Person').map(n => n.renderedWidth()))]; }");
        Assert.True(widths[0] > widths[1] * 1.3, $"smallest country {widths[0]:0.0} px, largest delegate {widths[1]:0.0} px");
        await ExplorerFixture.ScreenshotAsync(page, "explorer-500.png");
        Assert.True(shown < 2000, $"shown in {shown} ms");
        await page.CloseAsync();
    }
}
