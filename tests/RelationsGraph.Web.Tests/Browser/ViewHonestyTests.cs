using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>What the page reports matches what it shows: the counter, exported pictures, the browser console.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ViewHonestyTests(ExplorerFixture fixture)
{
    private const string StatusCounts = "(() => { const m = document.getElementById('status').textContent.match(/(\\d+) nodes · (\\d+) relationships/); " +
                                        "return m ? [Number(m[1]), Number(m[2])] : []; })()";
    private const string VisibleCounts = "[window.explorer.cy.nodes(':visible').length, window.explorer.cy.edges(':visible').length]";

    [Fact]
    public async Task The_counter_follows_hide_and_every_filter()
    {
        var page = await fixture.OpenAsync();
        Assert.Equal(await page.EvaluateAsync<int[]>(VisibleCounts), await page.EvaluateAsync<int[]>(StatusCounts));

        var lee = await fixture.Server.KeyOfAsync("Lee Jae Myung");
        await page.EvaluateAsync("key => window.explorer.focusByKey(key)", lee);
        await page.ClickAsync("[data-action=hide]");
        await CounterMatchesViewAsync(page);

        await page.UncheckAsync("input[data-filter=label][value=Country]");
        await CounterMatchesViewAsync(page);
        await page.UncheckAsync("input[data-filter=type][value=ATTENDED]");
        await CounterMatchesViewAsync(page);
        await page.EvaluateAsync("window.explorer.filters.setDateRange(['2026-01-01', '2026-12-31'])");
        await CounterMatchesViewAsync(page);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_svg_export_draws_every_visible_node_without_errors()
    {
        var page = await fixture.OpenAsync();
        await page.WaitForTimeoutAsync(500);   // captions are decluttered once the view has settled
        var messages = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") messages.Add(message.Text); };
        var svg = await page.EvaluateAsync<string>("window.explorer.cy.svg({ full: true })");
        Assert.Empty(messages);
        var placeNames = await page.EvaluateAsync<string[]>("window.explorer.cy.nodes('[label = \"Place\"]:visible').not('.quiet').map(n => n.data('name'))");
        Assert.NotEmpty(placeNames);
        // The exporter escapes text its own way ("'" may come as &apos; or &#39;): compare the text a reader of the file sees.
        var drawnText = System.Net.WebUtility.HtmlDecode(svg);
        Assert.All(placeNames, name => Assert.Contains($">{name}<", drawnText));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Opening_the_explorer_logs_no_warnings_and_requests_nothing_missing()
    {
        var page = await fixture.Browser.Context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"{message.Type}: {message.Text}"); };
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}"); };
        await page.GotoAsync(fixture.Server.BaseUrl);
        await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(500);   // a favicon request comes after the load
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    private static async Task CounterMatchesViewAsync(IPage page)
    {
        // The style lands a frame after the event; wait for agreement instead of sampling once.
        await page.WaitForFunctionAsync($"JSON.stringify({StatusCounts}) === JSON.stringify({VisibleCounts})", null, new() { Timeout = 5000 });
    }
}
