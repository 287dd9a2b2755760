using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The agreement trace, the Cypher console, the article view, uploads and hostile data, in a real browser.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class WorkbenchTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Tracing_an_agreement_shows_its_parties_meeting_reaffirmations_and_reports_in_time_order()
    {
        var page = await fixture.OpenAsync();
        var agreement = await fixture.Server.KeyOfAsync("economic security");
        await page.EvaluateAsync("key => window.explorer.focusByKey(key)", agreement);
        await page.ClickAsync("[data-action=trace]");
        await Expect(page.Locator("#trace-banner")).ToBeVisibleAsync();
        var panel = (await page.InnerTextAsync("#panel")).ToUpperInvariant();
        foreach (var section in new[] { "PARTIES", "SIGNATORIES", "PRODUCED AT", "REAFFIRMS", "REAFFIRMED BY", "REPORTED BY" })
            Assert.Contains(section, panel);
        Assert.Contains("ATTENDEES", panel);
        // A lineage: earlier agreements left of the agreement, later ones right, each side in date order.
        var lineage = await page.EvaluateAsync<bool>(@"() => {
            const cy = window.explorer.cy;
            const center = cy.nodes().filter(n => n.position('x') === 0 && n.position('y') === 0)[0];
            const agreements = cy.nodes('[label = ""Agreement""]').filter(n => n !== center && n.data('date'));
            const side = n => Math.sign(n.position('x'));
            const byDate = agreements.map(n => [String(n.data('date')), n.position('x')]);
            return agreements.length > 0 && center.data('label') === 'Agreement'
                && agreements.every(n => side(n) === (String(n.data('date')) <= String(center.data('date') ?? '') ? -1 : 1))
                && byDate.every(([d1, x1]) => byDate.every(([d2, x2]) => !(d1 < d2) || x1 <= x2));
        }");
        Assert.True(lineage);
        // No edge, as drawn (straight, or a curve through its control point), passes through a node other than its ends.
        var crossings = await page.EvaluateAsync<string[]>(@"() => {
            const cy = window.explorer.cy;
            const hits = (a, c, b, box) => { for (let t = 0.02; t < 0.99; t += 0.01) { const u = 1 - t;
                const x = u * u * a.x + 2 * u * t * c.x + t * t * b.x, y = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
                if (x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2) return true; } return false; };
            const out = [];
            cy.edges(':visible').forEach(e => cy.nodes(':visible').forEach(n => {
                if (n === e.source() || n === e.target()) return;
                const a = e.source().position(), b = e.target().position();
                const c = (e.controlPoints() ?? [])[0] ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
                if (hits(a, c, b, n.boundingBox({ includeLabels: false }))) out.push(`${e.data('type')} through ${n.data('name')}`);
            }));
            return out;
        }");
        Assert.Empty(crossings);
        Assert.Contains("earlier agreements left", await page.InnerTextAsync("#trace-title"));
        // Every element of the trace carries a caption, the article included.
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes(':visible').filter(n => !n.style('label')).map(n => n.id())"));
        await ExplorerFixture.ScreenshotAsync(page, "trace.png");
        await page.ClickAsync("#trace-back");
        await Expect(page.Locator("#trace-banner")).ToBeHiddenAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_console_runs_with_ctrl_enter_and_shows_a_graph_and_a_table()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=console]");
        Assert.True(await page.Locator("#examples option").CountAsync() > 3, "the examples of cypher/examples.cypher are offered");
        await SetEditorAsync(page, "MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) WHERE p.name = $name RETURN p, r, m");
        await page.FillAsync("#query-params", "{\"name\": \"Lee Jae Myung\"}");
        await page.Locator("#cypher-editor .cm-content").PressAsync("Control+Enter");
        await page.WaitForSelectorAsync(".result-frame .frame-graph canvas");
        Assert.True(await page.IsVisibleAsync(".result-frame >> nth=0 >> .frame-graph"));
        await page.ClickAsync(".result-frame >> nth=0 >> .frame-view-button[data-view=table]");
        await page.WaitForSelectorAsync(".result-frame .result-table tbody tr");
        Assert.True(await page.Locator("#cypher-editor .cm-keyword").CountAsync() > 0, "Cypher is highlighted");
        Assert.Contains("MATCH (p:Person)", await page.InnerTextAsync("#history"));
        await ExplorerFixture.ScreenshotAsync(page, "console.png");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_console_points_at_a_syntax_error_and_refuses_writes_and_stops_at_the_timeout()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=console]");
        await SetEditorAsync(page, "MATCH (n)\nRETURN n LIMT 3");
        await page.ClickAsync("#run-query");
        await Expect(page.Locator("#query-error")).ToContainTextAsync("line 2, column 10");
        Assert.Contains("^", await page.InnerTextAsync("#query-error pre"));
        Assert.True(await page.Locator(".cm-error-mark").CountAsync() > 0);
        await ExplorerFixture.ScreenshotAsync(page, "console-error.png");

        await SetEditorAsync(page, "CREATE (n:Intruder) RETURN n");
        await page.ClickAsync("#run-query");
        await Expect(page.Locator("#query-error")).ToContainTextAsync("read-only");

        await SetEditorAsync(page, "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*)");
        await page.ClickAsync("#run-query");
        await Expect(page.Locator("#query-notice")).ToContainTextAsync("time limit", new() { Timeout = 15_000 });
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_article_view_highlights_entities_and_they_are_clickable()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=articles]");
        await page.Locator("#article-list li", new() { HasText = "Nara" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#article-reader .entity");
        Assert.True(await page.Locator("#article-reader .entity").CountAsync() > 3);
        await ExplorerFixture.ScreenshotAsync(page, "article.png");
        await page.Locator("#article-reader .entity", new() { HasText = "Shigeru Ishiba" }).First.ClickAsync();
        await Expect(page.Locator("#panel h2")).ToHaveTextAsync("Shigeru Ishiba");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Dropping_several_files_shows_progress_and_a_result_for_each()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync("#open-upload");
        await page.SetInputFilesAsync("#upload-input", new[]
        {
            new FilePayload { Name = "osaka-talks.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(
                "Osaka talks\n2026-04-02\n\nPrime Minister Sanae Takaichi and President Lee Jae Myung held talks in Osaka on April 2, 2026.\n") },
            new FilePayload { Name = "malware.exe", MimeType = "application/octet-stream", Buffer = [0x4d, 0x5a] },
            new FilePayload { Name = "huge.txt", MimeType = "text/plain", Buffer = new byte[3 * 1024 * 1024] },
        });
        await Expect(page.Locator("#upload-list li[data-file='osaka-talks.txt'] .ok")).ToContainTextAsync("Loaded", new() { Timeout = 20_000 });
        await Expect(page.Locator("#upload-list li[data-file='malware.exe'] .failed")).ToContainTextAsync(".txt");
        await Expect(page.Locator("#upload-list li[data-file='huge.txt'] .failed")).ToContainTextAsync("limit");
        await ExplorerFixture.ScreenshotAsync(page, "upload.png");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Names_and_text_holding_markup_show_as_text_and_never_run()
    {
        var page = await fixture.OpenAsync();
        await page.FillAsync("#search", "Hostile Envoy");
        await page.WaitForSelectorAsync("#suggestions li");
        await page.PressAsync("#search", "Enter");
        await Expect(page.Locator("#panel h2")).ToHaveTextAsync(TestServer.HostileName);
        Assert.Equal(0, await page.Locator("#panel img, #panel script, #suggestions img").CountAsync());

        await page.EvaluateAsync("window.explorer.cy.edges('[type = \"REPRESENTS\"]').filter(e => e.source().data('key') === 'person:hostile')[0].emit('tap')");
        await page.WaitForSelectorAsync("#panel .evidence blockquote");
        Assert.Contains("<script>", await page.InnerTextAsync("#panel .evidence blockquote"));

        await page.ClickAsync(".tab[data-view=articles]");
        await page.Locator("#article-list li", new() { HasText = "<script>" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#article-reader h1");
        Assert.Contains("<img src=x", await page.InnerTextAsync("#article-reader"));
        Assert.Equal(0, await page.Locator("#article-reader img, #article-reader script").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("window.__pwned === true"));
        await page.CloseAsync();
    }

    /// <summary>Replaces the editor's text through the console's editor API, as typing would.</summary>
    private static Task SetEditorAsync(IPage page, string text) =>
        page.EvaluateAsync("text => window.explorer.console.editor.setValue(text)", text);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
