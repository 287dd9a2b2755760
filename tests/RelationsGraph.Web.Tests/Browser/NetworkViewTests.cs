using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The network view, search, panels, filters, paths and exports in a real headless Chromium.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class NetworkViewTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_graph_shows_nodes_by_label_with_a_legend_and_an_overview()
    {
        var errors = new List<string>();
        var page = await fixture.OpenAsync(errors);
        var nodes = await page.EvaluateAsync<int>("window.explorer.cy.nodes(':visible').length");
        var edges = await page.EvaluateAsync<int>("window.explorer.cy.edges(':visible').length");
        Assert.True(nodes > 5 && edges > 5, $"{nodes} nodes, {edges} edges");
        Assert.Equal("#4c8eda", await page.EvaluateAsync<string>("window.explorer.cy.nodes('[label = \"Person\"]')[0].data('color')"));
        Assert.Equal("diamond", await page.EvaluateAsync<string>("window.explorer.cy.nodes('[label = \"Meeting\"]')[0].style('shape')"));
        Assert.True(await page.Locator("#legend-labels li").CountAsync() >= 6);
        Assert.True(await page.Locator("#navigator canvas, #navigator img").CountAsync() > 0);
        Assert.True(await page.Locator("#timeline .vis-item").CountAsync() > 0);
        output.WriteLine($"time to show the graph: {await page.EvaluateAsync<int>("window.explorerMetrics.graphShownMs")} ms " +
                         $"(page load to graph {await page.EvaluateAsync<int>("window.explorerMetrics.pageToGraphMs")} ms)");
        await ExplorerFixture.ScreenshotAsync(page, "network.png");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Search_suggests_by_alias_and_choosing_centres_and_expands_the_node()
    {
        var page = await fixture.OpenAsync();
        await page.FillAsync("#search", "Ishiba");
        await page.WaitForSelectorAsync("#suggestions li");
        Assert.Contains("Shigeru Ishiba", await page.InnerTextAsync("#suggestions"));
        await page.PressAsync("#search", "Enter");
        await Expect(page.Locator("#panel h2")).ToHaveTextAsync("Shigeru Ishiba");
        Assert.True(await page.EvaluateAsync<bool>("window.explorer.cy.nodes(':selected').data('name') === 'Shigeru Ishiba'"));

        await page.FillAsync("#search", "Tokyo");   // an alias of Japan in the test articles
        await page.WaitForSelectorAsync("#suggestions li");
        Assert.Contains("Japan", await page.InnerTextAsync("#suggestions"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_node_panel_shows_properties_relationships_and_mentions_and_can_expand_hide_and_pin()
    {
        var page = await fixture.OpenAsync();
        var lee = await fixture.Server.KeyOfAsync("Lee Jae Myung");
        await page.EvaluateAsync("key => window.explorer.focusByKey(key)", lee);
        var panel = page.Locator("#panel");
        await Expect(panel.Locator("h3", new() { HasText = "Mentioned in" })).ToBeVisibleAsync();
        var text = await panel.InnerTextAsync();
        Assert.Contains("ALIASES", text.ToUpperInvariant());
        Assert.Contains("President of South Korea", text);
        Assert.Contains("ATTENDED", text);
        Assert.True(await panel.Locator(".mention mark").CountAsync() > 0, "the sentences naming him are highlighted");
        await ExplorerFixture.ScreenshotAsync(page, "node-panel.png");

        // Expand from a fresh view holding only the node, timing it.
        await page.EvaluateAsync("key => { const cy = window.explorer.cy; cy.elements().not(cy.nodes().filter(n => n.data('key') === key)).remove(); }", lee);
        await page.ClickAsync("[data-action=expand]");
        await page.WaitForFunctionAsync("window.explorer.cy.nodes().length > 3");
        var expandMs = await page.EvaluateAsync<int>("window.explorerMetrics.expandMs.at(-1)");
        output.WriteLine($"time to expand a node: {expandMs} ms");

        await page.ClickAsync("[data-action=pin]");
        Assert.True(await page.EvaluateAsync<bool>("window.explorer.cy.nodes('.pinned').length === 1"));
        await page.ClickAsync("[data-action=hide]");
        // The hidden style can land a moment after the click returns: wait for it, don't sample it.
        await page.WaitForFunctionAsync("window.explorer.cy.nodes('.pinned').length === 1 && window.explorer.cy.nodes('.pinned:visible').length === 0", null, new() { Timeout = 5000 });
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_edge_panel_shows_evidence_sentences_with_links_to_their_articles()
    {
        var page = await fixture.OpenAsync();
        await page.EvaluateAsync("void window.explorer.cy.edges('[type = \"ATTENDED\"]')[0].emit('tap')");
        await page.WaitForSelectorAsync("#panel .evidence blockquote");
        Assert.Contains("ATTENDED", await page.InnerTextAsync("#panel .badge"));
        await page.ClickAsync("#panel .evidence .entity-link");
        await page.WaitForSelectorAsync("#article-reader .text");
        Assert.True(await page.IsVisibleAsync("#view-articles"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Filters_by_label_type_and_meeting_date_hide_what_is_left_out()
    {
        var page = await fixture.OpenAsync();
        await page.UncheckAsync("input[data-filter=label][value=Person]");
        await page.WaitForFunctionAsync("window.explorer.cy.nodes('[label = \"Person\"]:visible').length === 0", null, new() { Timeout = 5000 });
        await page.UncheckAsync("input[data-filter=type][value=HELD_IN]");
        await page.WaitForFunctionAsync("window.explorer.cy.edges('[type = \"HELD_IN\"]:visible').length === 0", null, new() { Timeout = 5000 });
        Assert.True(await page.EvaluateAsync<int>("window.explorer.cy.nodes('[label = \"Meeting\"]:visible').length") > 0, "other labels stay");

        // Brushing the timeline to 2026 leaves out the 2025 meetings.
        await page.EvaluateAsync("window.explorer.filters.setDateRange(['2026-01-01', '2026-12-31'])");
        var shownDates = await page.EvaluateAsync<string[]>("window.explorer.cy.nodes('[label = \"Meeting\"]').filter(n => n.style('display') !== 'none').map(n => n.data('date') ?? '')");
        Assert.NotEmpty(shownDates);
        Assert.All(shownDates, d => Assert.True(d == "" || d.StartsWith("2026"), d));
        await page.ClickAsync("#timeline-reset");
        Assert.Contains(await page.EvaluateAsync<string[]>("window.explorer.cy.nodes('[label = \"Meeting\"]').filter(n => n.style('display') !== 'none').map(n => n.data('date') ?? '')"), d => d.StartsWith("2025"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Paths_between_two_chosen_nodes_are_highlighted()
    {
        var page = await fixture.OpenAsync();
        var from = await fixture.Server.KeyOfAsync("Sanae Takaichi");
        var to = await fixture.Server.KeyOfAsync("Nara");
        await page.EvaluateAsync("key => window.explorer.focusByKey(key)", from);
        await page.ClickAsync("[data-action=path-from]");
        await page.EvaluateAsync("key => window.explorer.focusByKey(key)", to);
        await page.ClickAsync("[data-action=path-to]");
        await page.ClickAsync("#find-paths");
        await Expect(page.Locator("#path-status")).ToContainTextAsync("shortest path");
        Assert.True(await page.EvaluateAsync<int>("window.explorer.cy.edges('.path').length") >= 2);
        await ExplorerFixture.ScreenshotAsync(page, "paths.png");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_view_exports_as_png_svg_json_and_csv()
    {
        var page = await fixture.OpenAsync();
        foreach (var (format, check) in new (string, Func<byte[], bool>)[]
        {
            ("png", b => b.Length > 8 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'),
            ("svg", b => System.Text.Encoding.UTF8.GetString(b).Contains("<svg")),
            ("json", b => System.Text.Json.JsonDocument.Parse(b).RootElement.GetProperty("nodes").GetArrayLength() > 0),
            ("csv", b => System.Text.Encoding.UTF8.GetString(b).StartsWith("kind,id,label_or_type")),
        })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-export={format}]"));
            var path = await download.PathAsync();
            Assert.True(check(await File.ReadAllBytesAsync(path)), format);
        }
        await page.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
