using System.Diagnostics;
using Microsoft.Playwright;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>What a person sees of the network view at scale, measured on the rendered page.</summary>
internal static class GraphViewChecks
{
    /// <summary>
    /// Pairs of visible nodes whose centres, on screen, are closer than the larger one's radius
    /// (one node drawn on top of another), with the number of nodes looked at.
    /// </summary>
    public static async Task<(int Nodes, int ClosePairs)> StackedNodesAsync(IPage page)
    {
        var result = await page.EvaluateAsync<int[]>(@"() => {
            const nodes = window.explorer.cy.nodes(':visible').map(n => [n.renderedPosition('x'), n.renderedPosition('y'), n.renderedWidth() / 2]);
            let close = 0;
            for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
                const [a, b] = [nodes[i], nodes[j]];
                if (Math.hypot(a[0] - b[0], a[1] - b[1]) < Math.max(a[2], b[2])) close++;
            }
            return [nodes.length, close];
        }");
        return (result[0], result[1]);
    }

    /// <summary>
    /// Clicks the most connected visible node where it is drawn and times how long until the
    /// details panel shows its name: how soon the page answers a person.
    /// </summary>
    public static async Task<(string Name, long Milliseconds)> ClickBusiestNodeAsync(IPage page)
    {
        var target = await page.EvaluateAsync<object[]>(@"() => {
            const cy = window.explorer.cy; const n = cy.nodes(':visible').max(n => n.degree(false)).ele;
            const box = document.getElementById('graph').getBoundingClientRect(); const p = n.renderedPosition();
            return [n.data('name'), box.left + p.x, box.top + p.y]; }");
        var name = target[0].ToString()!;
        var clock = Stopwatch.StartNew();
        await page.Mouse.ClickAsync(Convert.ToSingle(target[1].ToString()), Convert.ToSingle(target[2].ToString()));
        await page.WaitForFunctionAsync("name => document.querySelector('#panel h2')?.textContent === name", name,
            new PageWaitForFunctionOptions { Timeout = 30_000, PollingInterval = 10 });
        return (name, clock.ElapsedMilliseconds);
    }
}
