using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>
/// window.explorer is the page's API for tests and scripts: what its calls return crosses the page
/// boundary, so it must be plain data. A live cytoscape collection returned there made Playwright copy
/// the whole graph core (gigabytes, seconds) and crashed the tab on the seed graph.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerApiTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Expand_answers_with_plain_counts_of_what_it_added()
    {
        var page = await fixture.OpenAsync();
        // JSON.stringify throws on the cycles of a cytoscape collection; plain data comes back as a short text.
        var answer = await page.EvaluateAsync<string>(@"async () => {
            const cy = window.explorer.cy;
            const hub = cy.nodes().sort((a, b) => b.degree() - a.degree())[0];
            return JSON.stringify(await window.explorer.expand(hub));
        }");
        Assert.True(answer.Length < 200, $"expand answered {answer.Length} characters");
        var counts = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(answer)!;
        Assert.True(counts["nodes"] >= 0 && counts["edges"] >= 0, answer);
        await page.CloseAsync();
    }
}
