using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The meetings timeline: readable, and never hiding what the user asked to see.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class TimelineTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Choosing_a_meeting_outside_the_date_window_shows_it()
    {
        var page = await fixture.OpenAsync();
        var key = await page.EvaluateAsync<string>(
            "window.explorer.cy.nodes('[label = \"Meeting\"]').filter(n => String(n.data('date') ?? '').startsWith('2025'))[0].data('key')");
        await page.EvaluateAsync("window.explorer.filters.setDateRange(['2026-01-01', '2026-12-31'])");
        await page.WaitForFunctionAsync("key => window.explorer.cy.nodes().filter(n => n.data('key') === key && n.visible()).length === 0", key);

        await page.EvaluateAsync("key => window.explorer.focusByKey(key)", key);
        await page.WaitForFunctionAsync("key => window.explorer.cy.nodes(':selected').filter(n => n.data('key') === key && n.visible()).length === 1",
            key, new() { Timeout = 5000 });
        var inView = await page.EvaluateAsync<bool>("""
            key => { const cy = window.explorer.cy; const n = cy.nodes(':selected')[0]; const p = n.renderedPosition();
                     return n.data('key') === key && p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height(); }
            """, key);
        Assert.True(inView, "the chosen meeting is on screen");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Stacked_meetings_can_all_be_read()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync("#timeline-reset");
        var timelineHeight = await page.EvaluateAsync<double>("document.getElementById('timeline').getBoundingClientRect().height");
        Assert.True(timelineHeight >= 160, $"timeline {timelineHeight}px high");
        var fontSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('#timeline .vis-item.vis-box')).fontSize)");
        Assert.True(fontSize >= 12, $"labels {fontSize}px");
        // Every item lies inside the timeline's content, which scrolls when the stack is taller than the box.
        var unreachable = await page.EvaluateAsync<int>("""
            (() => { const panel = document.querySelector('#timeline .vis-panel.vis-center');
                     const content = panel.querySelector('.vis-content'); const box = panel.getBoundingClientRect();
                     const scrollable = panel.scrollHeight > panel.clientHeight || getComputedStyle(panel).overflowY !== 'hidden';
                     return [...document.querySelectorAll('#timeline .vis-item.vis-box')].filter(i => {
                       const r = i.getBoundingClientRect();
                       return r.bottom > box.bottom + 1 && !(scrollable && r.bottom <= box.top + content.scrollHeight + 1); }).length; })()
            """);
        Assert.Equal(0, unreachable);
        await page.CloseAsync();
    }
}
