using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>Working in the console as in Neo4j Browser: history on the arrow keys, saved queries, results exported.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ConsoleWorkflowTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Up_and_down_walk_the_history_and_saved_queries_come_back()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=console]");
        await RunAsync(page, "RETURN 1 AS first");
        await RunAsync(page, "RETURN 2 AS second");
        await SetEditorAsync(page, "RETURN 3");

        await page.Locator("#cypher-editor .cm-content").PressAsync("ArrowUp");
        Assert.Equal("RETURN 2 AS second", await EditorAsync(page));
        await page.Locator("#cypher-editor .cm-content").PressAsync("ArrowUp");
        Assert.Equal("RETURN 1 AS first", await EditorAsync(page));
        await page.Locator("#cypher-editor .cm-content").PressAsync("ArrowDown");
        await page.Locator("#cypher-editor .cm-content").PressAsync("ArrowDown");
        Assert.Equal("RETURN 3", await EditorAsync(page));

        await page.ClickAsync("#save-query");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await page.ClickAsync(".tab[data-view=console]");
        Assert.Contains("RETURN 3", await page.InnerTextAsync("#saved-queries"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_result_exports_as_csv_and_json()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=console]");
        await RunAsync(page, "MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases ORDER BY name LIMIT 3");
        var csv = await DownloadAsync(page, "csv");
        Assert.StartsWith("name,aliases\r\n", csv);
        Assert.Contains("[\"\"", csv);   // a list cell is JSON, its quotes doubled by CSV
        var json = System.Text.Json.JsonDocument.Parse(await DownloadAsync(page, "json"));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.True(json.RootElement[0].TryGetProperty("name", out _));
        await page.CloseAsync();
    }

    private static async Task<string> DownloadAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($".result-frame >> nth=0 >> [data-frame-export={format}]"));
        return await File.ReadAllTextAsync(await download.PathAsync());
    }

    private static Task SetEditorAsync(IPage page, string text) =>
        page.EvaluateAsync("text => { const editor = window.explorer.console.editor; editor.setValue(text); editor.focus(); }", text);

    private static Task<string> EditorAsync(IPage page) =>
        page.EvaluateAsync<string>("window.explorer.console.editor.getValue()");

    private static async Task RunAsync(IPage page, string cypher)
    {
        await SetEditorAsync(page, cypher);
        await page.ClickAsync("#run-query");
        await page.WaitForFunctionAsync("() => !document.getElementById('run-query').disabled && document.getElementById('result-summary').textContent.includes('row')",
            null, new() { Timeout = 10_000 });
    }
}
