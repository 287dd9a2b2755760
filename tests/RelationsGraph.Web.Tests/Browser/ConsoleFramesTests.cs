using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The console's result frames as in Neo4j Browser: stacked newest first, pinned and closed, with a Plan view for EXPLAIN and PROFILE.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ConsoleFramesTests(ExplorerFixture fixture)
{
    private const string Newest = ".result-frame >> nth=0";

    [Fact]
    public async Task Explain_shows_the_operator_tree_without_running_the_query()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=console]");
        await RunAsync(page, "EXPLAIN MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.name AS name, m");

        var frame = page.Locator(Newest);
        await Expect(frame.Locator(".frame-view-button[data-view=plan]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        var plan = frame.Locator(".plan-view");
        await Expect(plan).ToBeVisibleAsync();
        var operators = await plan.Locator(".plan-operator-name").AllInnerTextsAsync();
        // Drawn as Neo4j Browser draws plans: the leaf on top, ProduceResults at the bottom.
        Assert.Equal(["NodeByLabelScan", "Expand(All)", "Projection", "ProduceResults"], operators);
        await Expect(plan).ToContainTextAsync("p:Person");
        await Expect(plan).ToContainTextAsync("EXPLAIN");
        Assert.Equal(0, await plan.Locator(".plan-db-hits").CountAsync());  // nothing ran, so nothing was counted
        Assert.Equal(0, await frame.Locator(".frame-view-button[data-view=table]").CountAsync());
        await ExplorerFixture.ScreenshotAsync(page, "console-explain.png");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Profile_shows_the_rows_and_db_hits_of_each_operator_and_the_rows_too()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=console]");
        await RunAsync(page, "PROFILE MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.name AS name");

        var frame = page.Locator(Newest);
        var scan = frame.Locator(".plan-operator[data-operator=NodeByLabelScan]");
        await Expect(scan).ToBeVisibleAsync();
        Assert.True(Count(await scan.Locator(".plan-rows").InnerTextAsync()) > 0, "the scan found people");
        Assert.True(Count(await scan.Locator(".plan-db-hits").InnerTextAsync()) > 0, "the scan read the store");
        var produce = frame.Locator(".plan-operator[data-operator=ProduceResults]");
        await Expect(produce.Locator(".plan-rows")).ToBeVisibleAsync();
        await Expect(frame.Locator(".plan-summary")).ToContainTextAsync("total db hits");
        await ExplorerFixture.ScreenshotAsync(page, "console-profile.png");

        var produced = Count(await produce.Locator(".plan-rows").InnerTextAsync());
        await frame.Locator(".frame-view-button[data-view=table]").ClickAsync();
        await Expect(frame.Locator(".result-table tbody tr")).ToHaveCountAsync((int)produced);
        await frame.Locator(".frame-view-button[data-view=text]").ClickAsync();
        var text = await frame.Locator(".frame-text").InnerTextAsync();
        Assert.Contains("| name", text);
        Assert.Contains("+NodeByLabelScan", text);
        Assert.Contains("Total database accesses", text);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Frames_stack_newest_first_close_removes_one_and_a_pinned_one_is_kept()
    {
        var errors = new List<string>();
        var page = await fixture.OpenAsync(errors);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") errors.Add(message.Text); };
        await page.ClickAsync(".tab[data-view=console]");
        await RunAsync(page, "RETURN 1 AS first");
        await RunAsync(page, "MATCH (p:Person) RETURN p LIMIT 5");
        var frames = page.Locator(".result-frame");
        await Expect(frames).ToHaveCountAsync(2);
        await Expect(frames.Nth(0).Locator(".frame-query")).ToHaveTextAsync("MATCH (p:Person) RETURN p LIMIT 5");
        await Expect(frames.Nth(0).Locator(".frame-graph canvas").First).ToBeVisibleAsync();   // nodes: the graph view first
        await Expect(frames.Nth(1).Locator(".frame-query")).ToHaveTextAsync("RETURN 1 AS first");
        await Expect(frames.Nth(1).Locator(".result-table")).ToBeVisibleAsync();              // no nodes: the table
        await ExplorerFixture.ScreenshotAsync(page, "console-frames.png");

        await frames.Nth(0).Locator(".frame-close").ClickAsync();
        await Expect(frames).ToHaveCountAsync(1);
        await Expect(frames.Nth(0).Locator(".frame-query")).ToHaveTextAsync("RETURN 1 AS first");

        await frames.Nth(0).Locator(".frame-pin").ClickAsync();
        for (var i = 2; i <= 12; i++) await RunAsync(page, $"RETURN {i} AS n");
        // Ten frames stay in the stream; the pinned one is kept beyond that, above the newest.
        await Expect(frames).ToHaveCountAsync(11);
        await Expect(frames.Nth(0).Locator(".frame-query")).ToHaveTextAsync("RETURN 1 AS first");
        await Expect(frames.Nth(0)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("pinned"));
        await Expect(frames.Nth(1).Locator(".frame-query")).ToHaveTextAsync("RETURN 12 AS n");
        await Expect(page.Locator(".frame-query", new() { HasTextString = "RETURN 2 AS n" })).ToHaveCountAsync(0);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    private static long Count(string text) => long.Parse(new string(text.TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray()));

    private static async Task RunAsync(IPage page, string cypher)
    {
        await page.EvaluateAsync("text => window.explorer.console.editor.setValue(text)", cypher);
        await page.ClickAsync("#run-query");
        await page.WaitForFunctionAsync("() => !document.getElementById('run-query').disabled && !document.getElementById('result-summary').textContent.includes('Running')",
            null, new() { Timeout = 10_000 });
        await Expect(page.Locator(".result-frame:not(.pinned) .frame-query").First).ToHaveTextAsync(cypher.Replace('\n', ' '));
    }
}
