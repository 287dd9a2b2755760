using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The console's result graph: fitted whatever came before it, with a fit button and a node inspector.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ConsoleResultGraphTests(ExplorerFixture fixture)
{
    private const string AllInView = """
        (() => { const cy = window.explorer.console.graph(); const w = cy.width(), h = cy.height();
                 return w > 50 && h > 50 && cy.nodes().every(n => { const b = n.renderedBoundingBox({ includeLabels: false });
                   return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= w + 1 && b.y2 <= h + 1; }); })()
        """;

    [Fact]
    public async Task After_a_path_and_a_table_only_result_the_next_graph_is_fitted_and_inspectable()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=console]");
        await RunAsync(page, "MATCH p = (:Person)-[:ATTENDED]->(:Meeting) RETURN p LIMIT 3");
        Assert.True(await page.IsVisibleAsync(".result-frame >> nth=0 >> .frame-graph"));
        await RunAsync(page, "RETURN 1 AS one");
        Assert.Equal(0, await page.Locator(".result-frame >> nth=0 >> .frame-view-button[data-view=graph]").CountAsync());
        Assert.False(await page.IsVisibleAsync(".result-frame >> nth=0 >> .frame-graph"));
        await RunAsync(page, "MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) RETURN p, r, m LIMIT 50");
        await page.WaitForFunctionAsync(AllInView, null, new() { Timeout = 5000 });

        await page.EvaluateAsync("void window.explorer.console.graph().zoom(3)");
        await page.ClickAsync(".result-frame >> nth=0 >> .frame-fit");
        await page.WaitForFunctionAsync(AllInView, null, new() { Timeout = 5000 });

        await page.EvaluateAsync("void window.explorer.console.graph().nodes('[label = \"Person\"]')[0].emit('tap')");
        var inspector = page.Locator(".result-frame >> nth=0 >> .inspector");
        await Assertions.Expect(inspector).ToBeVisibleAsync();
        Assert.Contains("Person", await inspector.Locator("h4").InnerTextAsync());
        Assert.Contains("aliases", await inspector.Locator("table").InnerTextAsync());
        await page.CloseAsync();
    }

    private static async Task RunAsync(IPage page, string cypher)
    {
        await page.EvaluateAsync("text => window.explorer.console.editor.setValue(text)", cypher);
        var before = await page.InnerTextAsync("#result-summary");
        await page.ClickAsync("#run-query");
        await page.WaitForFunctionAsync("text => { const s = document.getElementById('result-summary').textContent; return s.includes('row') && !s.includes('Running'); }",
            before, new() { Timeout = 10_000 });
        await page.WaitForFunctionAsync("!document.getElementById('run-query').disabled");
    }
}
