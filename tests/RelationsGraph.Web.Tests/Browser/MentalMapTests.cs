using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The user's mental map: adding nodes moves nothing already drawn, and Hide can be undone.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class MentalMapTests(ExplorerFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    // Positions of what is on screen now, kept in the page to compare with later.
    private const string RememberPositions = "() => { window.__before = Object.fromEntries(window.explorer.cy.nodes().map(n => [n.id(), { ...n.position() }])); }";
    private const string MovedSinceRemembered = @"() => Object.entries(window.__before).filter(([id, p]) => {
        const n = window.explorer.cy.getElementById(id);
        return n.empty() || Math.abs(n.position('x') - p.x) > 0.5 || Math.abs(n.position('y') - p.y) > 0.5; }).map(([id]) => id)";
    // For each given node: the distance to its nearest neighbour on screen (model units).
    private const string DistanceToNearestNeighbour = @"ids => ids.map(id => {
        const n = window.explorer.cy.getElementById(id);
        const p = n.position();
        return Math.min(...n.neighborhood().nodes().map(m => Math.hypot(m.position('x') - p.x, m.position('y') - p.y)));
    })";

    [Fact]
    public async Task Show_all_and_expand_place_only_the_new_nodes_near_their_neighbours_and_move_nothing_else()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var page = await fixture.OpenAsync();
        output.WriteLine($"page open: {clock.ElapsedMilliseconds} ms");
        var total = await page.EvaluateAsync<int>("window.explorer.cy.nodes().length");
        // Take out four connected people (as if not loaded yet) and hide one country.
        var removed = await page.EvaluateAsync<string[]>(@"() => {
            const cy = window.explorer.cy;
            const gone = cy.nodes().filter(n => n.data('label') === 'Person' && n.degree(false) > 0 && n.visible()).slice(0, 4);
            const ids = gone.map(n => n.id());
            gone.remove();
            return ids;
        }");
        Assert.Equal(4, removed.Length);
        // The user's own arrangement: every node nudged, as after dragging or a re-layout. (fcose is
        // deterministic, so without this a full re-layout of the same graph would land on the same spots.)
        await page.EvaluateAsync("() => { window.explorer.cy.nodes().forEach((n, i) => { n.position({ x: n.position('x') + 30 * Math.sin(i), y: n.position('y') + 30 * Math.cos(i) }); }); }");
        var hidden = await page.EvaluateAsync<string>("() => { const n = window.explorer.cy.nodes(':visible').filter(n => n.data('label') === 'Country')[0]; window.explorer.hide(n); return n.id(); }");
        await page.EvaluateAsync(RememberPositions);

        output.WriteLine($"arranged: {clock.ElapsedMilliseconds} ms");
        await page.ClickAsync("#show-all");
        output.WriteLine($"clicked: {clock.ElapsedMilliseconds} ms");
        await page.WaitForFunctionAsync($"window.explorer.cy.nodes().length === {total}");
        output.WriteLine($"show all done: {clock.ElapsedMilliseconds} ms (fetch {await page.EvaluateAsync<int>("window.explorerMetrics.fetchMs")} ms, placing {await page.EvaluateAsync<int>("window.explorerMetrics.placeMs")} ms)");
        await page.WaitForTimeoutAsync(300);
        Assert.Empty(await page.EvaluateAsync<string[]>(MovedSinceRemembered));
        Assert.True(await page.EvaluateAsync<bool>("id => window.explorer.cy.getElementById(id).visible()", hidden), "Show all brings the hidden node back where it was");
        var distances = await page.EvaluateAsync<double[]>(DistanceToNearestNeighbour, removed);
        Assert.All(distances, d => Assert.InRange(d, 10, 260));

        // Expanding a node whose neighbours were taken away brings them back around it, moving nothing else.
        var picked = await page.EvaluateAsync<System.Text.Json.JsonElement>(@"() => {
            const cy = window.explorer.cy;
            const anchor = cy.nodes(':visible').filter(n => n.data('label') === 'Meeting' && n.neighborhood().nodes().some(m => m.degree(false) === 1))[0];
            const leaves = anchor.neighborhood().nodes().filter(m => m.degree(false) === 1);
            const ids = leaves.map(m => m.id());
            leaves.remove();
            return { anchor: anchor.id(), leaves: ids };
        }");
        var anchor = picked.GetProperty("anchor").GetString()!;
        var leaves = picked.GetProperty("leaves").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.NotEmpty(leaves);
        await page.EvaluateAsync(RememberPositions);
        await page.EvaluateAsync("async id => { await window.explorer.expand(window.explorer.cy.getElementById(id)); }", anchor);
        Assert.Empty(await page.EvaluateAsync<string[]>(MovedSinceRemembered));
        var around = await page.EvaluateAsync<double[]>(@"([anchor, ids]) => { const a = window.explorer.cy.getElementById(anchor).position();
            return ids.map(id => { const p = window.explorer.cy.getElementById(id).position(); return Math.hypot(p.x - a.x, p.y - a.y); }); }", new object[] { anchor, leaves });
        Assert.All(around, d => Assert.InRange(d, 10, 260));
        output.WriteLine($"expand checked: {clock.ElapsedMilliseconds} ms");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_new_article_adds_its_entities_beside_their_neighbours_and_moves_nothing_already_drawn()
    {
        var page = await fixture.OpenAsync();
        await page.EvaluateAsync("() => { window.explorer.cy.nodes().forEach((n, i) => { n.position({ x: n.position('x') + 25 * Math.cos(i), y: n.position('y') - 25 * Math.sin(i) }); }); }");
        await page.EvaluateAsync(RememberPositions);
        var before = await page.EvaluateAsync<int>("window.explorer.cy.nodes().length");

        await page.ClickAsync("#open-upload");
        await page.SetInputFilesAsync("#upload-input", new FilePayload
        {
            Name = "hiroshima-meeting.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(
                "Leaders meet in Hiroshima\n2026-05-10\n\nPrime Minister Shigeru Ishiba and President Lee Jae Myung met in Hiroshima on May 10, 2026, " +
                "and signed the Hiroshima Declaration on Clean Energy.\n"),
        });
        await Expect(page.Locator("#upload-list li[data-file='hiroshima-meeting.txt'] .ok")).ToContainTextAsync("Loaded", new() { Timeout = 30_000 });
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForFunctionAsync($"window.explorer.cy.nodes().length > {before}", null, new() { Timeout = 20_000 });
        await page.WaitForTimeoutAsync(500);

        Assert.Empty(await page.EvaluateAsync<string[]>(MovedSinceRemembered));
        var added = await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes(':visible').filter(n => !(n.id() in window.__before) && n.degree(false) > 0).map(n => n.id())");
        Assert.NotEmpty(added);
        Assert.All(await page.EvaluateAsync<double[]>(DistanceToNearestNeighbour, added), d => Assert.InRange(d, 10, 400));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Hide_can_be_undone_with_the_undo_button_and_with_ctrl_z()
    {
        var page = await fixture.OpenAsync();
        var lee = await fixture.Server.KeyOfAsync("Lee Jae Myung");
        await page.EvaluateAsync("key => window.explorer.focusByKey(key)", lee);
        const string leeVisible = "key => window.explorer.cy.nodes().filter(n => n.data('key') === key)[0].visible()";

        await page.ClickAsync("[data-action=hide]");
        await page.WaitForFunctionAsync($"({leeVisible})('{lee}') === false");
        var undoBar = page.Locator("#undo-bar");
        await Expect(undoBar).ToBeVisibleAsync();
        await Expect(undoBar).ToContainTextAsync("Lee Jae Myung");
        await page.ClickAsync("#undo");
        await page.WaitForFunctionAsync($"({leeVisible})('{lee}') === true");
        await Expect(undoBar).ToBeHiddenAsync();

        await page.EvaluateAsync("key => window.explorer.select(window.explorer.cy.nodes().filter(n => n.data('key') === key)[0])", lee);
        await page.ClickAsync("[data-action=hide]");
        await page.WaitForFunctionAsync($"({leeVisible})('{lee}') === false");
        await page.Keyboard.PressAsync("Control+z");
        await page.WaitForFunctionAsync($"({leeVisible})('{lee}') === true");
        await Expect(undoBar).ToBeHiddenAsync();
        await page.CloseAsync();
    }
}
