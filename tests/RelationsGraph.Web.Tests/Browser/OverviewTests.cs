using RelationsGraph.Loading.Database;
using RelationsGraph.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>A graph far beyond the view budget opens on its most connected entities and a summary, not on the first nodes stored.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class OverviewTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_graph_of_twenty_thousand_entities_opens_on_its_hubs_with_a_summary_by_label_and_type()
    {
        // Written to a store on disk, then served from it: 20,000 people first (so storage order
        // starts with them), then 120 organisations and 30 countries, the hubs.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var data = Path.Combine(Path.GetTempPath(), "relationsgraph-web-tests", "overview-" + Guid.NewGuid().ToString("N"));
        await using (var store = EmbeddedGraphDatabase.Open(data))
        {
            await store.RunAsync("UNWIND range(0, 19999) AS i CREATE (:Person {id: 'p' + toString(i), name: 'Person ' + toString(i), n: i})");
            await store.RunAsync("UNWIND range(0, 119) AS i CREATE (:Organization {id: 'o' + toString(i), name: 'Organisation ' + toString(i), n: i})");
            await store.RunAsync("UNWIND range(0, 29) AS i CREATE (:Country {id: 'c' + toString(i), name: 'Country ' + toString(i), n: i})");
            await store.RunAsync("MATCH (o:Organization) MATCH (p:Person) WHERE p.n % 120 = o.n CREATE (p)-[:MEMBER_OF]->(o)");
            await store.RunAsync("MATCH (c:Country) MATCH (p:Person) WHERE p.n % 10 = 0 AND (p.n / 10) % 30 = c.n CREATE (p)-[:REPRESENTS]->(c)");
        }
        output.WriteLine($"store written: {clock.ElapsedMilliseconds} ms");
        try
        {
            await using var server = await TestServer.StartAsync(s => s with { Database = GraphDatabaseSettings.Resolve(dataDirectory: data), QueryTimeout = TimeSpan.FromSeconds(20) },
                withArticles: false);
            await using var browser = await BrowserSession.LaunchAsync();
            output.WriteLine($"server and browser started: {clock.ElapsedMilliseconds} ms");
            var page = await browser.OpenExplorerAsync(server.BaseUrl);
            output.WriteLine($"page ready: {clock.ElapsedMilliseconds} ms");
            // The page answers at once: a click on a hub selects it and opens its panel.
            var (clicked, answerMs) = await GraphViewChecks.ClickBusiestNodeAsync(page);
            output.WriteLine($"click on {clicked} answered in {answerMs} ms");
            // Nodes that share a hub are spread around it, not stacked on one spot.
            var (nodesLooked, stacked) = await GraphViewChecks.StackedNodesAsync(page);
            output.WriteLine($"{stacked} pairs of {nodesLooked} nodes drawn closer than a node's radius");
            Assert.Equal(0, stacked);
            Assert.True(answerMs < 2000, $"a click answered in {answerMs} ms");
            output.WriteLine($"overview fetched in {await page.EvaluateAsync<int>("window.explorerMetrics.fetchMs")} ms, shown in {await page.EvaluateAsync<int>("window.explorerMetrics.graphShownMs")} ms, page load to graph {await page.EvaluateAsync<int>("window.explorerMetrics.pageToGraphMs")} ms");

            var shown = await page.EvaluateAsync<int[]>(@"() => { const cy = window.explorer.cy; const count = l => cy.nodes(':visible').filter(n => n.data('label') === l).length;
                return [cy.nodes(':visible').length, count('Organization'), count('Country'), cy.edges(':visible').length]; }");
            output.WriteLine($"{shown[0]} nodes shown: {shown[1]} organisations, {shown[2]} countries; {shown[3]} relationships");
            Assert.Equal(2500, shown[0]);
            Assert.Equal(120, shown[1]);
            Assert.Equal(30, shown[2]);
            Assert.True(shown[3] > 2000, $"{shown[3]} relationships among them");
            // After the hubs, the people with two relationships (every tenth) come before those with one.
            var leastConnectedShownPerson = await page.EvaluateAsync<int>("() => Math.min(...window.explorer.cy.nodes(':visible').filter(n => n.data('label') === 'Person').map(n => n.data('props').n % 10 === 0 ? 2 : 1))");
            var representativesShown = await page.EvaluateAsync<int>("() => window.explorer.cy.nodes(':visible').filter(n => n.data('label') === 'Person' && n.data('props').n % 10 === 0).length");
            Assert.Equal(2000, representativesShown);
            Assert.Equal(1, leastConnectedShownPerson);

            var note = page.Locator("#overview-note");
            output.WriteLine($"checked the view: {clock.ElapsedMilliseconds} ms");
            await Expect(note).ToBeVisibleAsync();
            await Expect(note).ToContainTextAsync("the 2,500 most connected of 20,150 entities");
            await Expect(note.Locator("[data-summary=labels]")).ToContainTextAsync("Person 20,000");
            await Expect(note.Locator("[data-summary=labels]")).ToContainTextAsync("Organization 120");
            await Expect(note.Locator("[data-summary=types]")).ToContainTextAsync("MEMBER_OF 20,000");
            await Expect(note.Locator("[data-summary=types]")).ToContainTextAsync("REPRESENTS 2,000");
            await ExplorerFixture.ScreenshotAsync(page, "overview.png");
            output.WriteLine($"done: {clock.ElapsedMilliseconds} ms");
            await page.CloseAsync();
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { /* the store may still be closing */ }
        }
    }
}
