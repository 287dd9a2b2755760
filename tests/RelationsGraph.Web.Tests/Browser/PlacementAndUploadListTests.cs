using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>Dragging places a node for good (as in Neo4j Browser); upload results stay in sight.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class PlacementAndUploadListTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task A_dragged_node_keeps_its_place_through_a_new_layout()
    {
        var page = await fixture.OpenAsync();
        var start = await page.EvaluateAsync<double[]>("""
            (() => { const cy = window.explorer.cy; const n = cy.nodes('[label = "Country"]:visible')[0]; cy.fit(n.closedNeighborhood(), 80);
                     window.__dragged = n.id(); const box = document.getElementById('graph').getBoundingClientRect(); const p = n.renderedPosition();
                     return [box.left + p.x, box.top + p.y]; })()
            """);
        await page.Mouse.MoveAsync((float)start[0], (float)start[1]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)start[0] + 60, (float)start[1] + 40, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync("window.explorer.cy.getElementById(window.__dragged).hasClass('pinned')", null, new() { Timeout = 5000 });
        var placed = await page.EvaluateAsync<double[]>("(() => { const p = window.explorer.cy.getElementById(window.__dragged).position(); return [p.x, p.y]; })()");

        await page.ClickAsync("#relayout");
        await page.WaitForTimeoutAsync(1500);   // the layout animates for 500 ms
        var after = await page.EvaluateAsync<double[]>("(() => { const p = window.explorer.cy.getElementById(window.__dragged).position(); return [p.x, p.y]; })()");
        Assert.InRange(Math.Abs(after[0] - placed[0]) + Math.Abs(after[1] - placed[1]), 0, 2);
        Assert.False(await page.EvaluateAsync<bool>("window.explorer.cy.getElementById(window.__dragged).locked()"), "a placed node can still be dragged");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_latest_upload_result_is_in_sight_however_many_came_before()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync("#open-upload");
        // Files the page refuses itself (wrong type): twelve results without touching the store.
        var files = Enumerable.Range(1, 12).Select(i => new Microsoft.Playwright.FilePayload
            { Name = $"scan-{i:D2}.pdf", MimeType = "application/pdf", Buffer = [0x25, 0x50, 0x44, 0x46] }).ToArray();
        await page.SetInputFilesAsync("#upload-input", files);
        await page.WaitForFunctionAsync("document.querySelectorAll('#upload-list li').length === 12");
        var visible = await page.EvaluateAsync<bool>("""
            (() => { const list = document.getElementById('upload-list').getBoundingClientRect();
                     const item = document.querySelector('#upload-list li[data-file="scan-12.pdf"]').getBoundingClientRect();
                     return item.top >= list.top - 1 && item.bottom <= list.bottom + 1; })()
            """);
        Assert.True(visible, "the last file's result is inside the visible part of the list");
        await page.Keyboard.PressAsync("Escape");
        await page.CloseAsync();
    }
}
