using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>Style by label (colour, size, caption, size by degree) as a person sees it: pixels, rendered sizes, captions, after a reload.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class StylePanelTests(ExplorerFixture fixture)
{
    // The colour drawn at the centre of each node of a label, read from the canvas the user looks at.
    private const string ColoursDrawn = @"label => {
        const cy = window.explorer.cy;
        const canvases = [...document.querySelectorAll('#graph canvas')];
        const read = (x, y) => { for (const c of [...canvases].reverse()) { const ratio = c.width / c.clientWidth;
            const [r, g, b, a] = c.getContext('2d').getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
            if (a > 200) return [r, g, b]; } return null; };
        return cy.nodes(':visible').filter(n => n.data('label') === label).map(n => read(n.renderedPosition('x'), n.renderedPosition('y'))).filter(Boolean);
    }";

    private static async Task<bool> DrawnInAsync(IPage page, string label, int[] rgb)
    {
        await page.EvaluateAsync("() => { window.explorer.cy.fit(undefined, 40); }");
        await page.WaitForTimeoutAsync(400);
        var colours = await page.EvaluateAsync<int[][]>(ColoursDrawn, label);
        return colours.Any(c => Math.Abs(c[0] - rgb[0]) + Math.Abs(c[1] - rgb[1]) + Math.Abs(c[2] - rgb[2]) < 12);
    }

    private static Task<double[]> RenderedWidthsAsync(IPage page, string label) =>
        page.EvaluateAsync<double[]>("label => window.explorer.cy.nodes(':visible').filter(n => n.data('label') === label).map(n => n.renderedWidth() / window.explorer.cy.zoom())", label);

    [Fact]
    public async Task Colour_size_and_caption_chosen_per_label_apply_at_once_survive_a_reload_and_reset()
    {
        var page = await fixture.OpenAsync();
        try
        {
            Assert.True(await DrawnInAsync(page, "Country", [0xf7, 0x97, 0x67]), "countries start in their default colour");
            var byDegree = await RenderedWidthsAsync(page, "Person");
            Assert.True(byDegree.Max() > byDegree.Min() + 4, $"by degree, people differ in size: {string.Join(", ", byDegree)}");

            await page.ClickAsync("#open-style");
            var country = page.Locator("[data-style-label=Country]");
            await country.Locator("input[data-style=color]").FillAsync("#00aa00");
            Assert.True(await DrawnInAsync(page, "Country", [0, 0xaa, 0]), "the chosen colour is drawn at once");

            await country.Locator("select[data-style=size]").SelectOptionAsync("XL");
            await page.CheckAsync("[data-style=size-by-degree]");
            await page.UncheckAsync("[data-style=size-by-degree]");
            var people = await RenderedWidthsAsync(page, "Person");
            var countries = await RenderedWidthsAsync(page, "Country");
            Assert.True(people.Max() - people.Min() < 0.5, $"without size by degree, one size per label: {string.Join(", ", people)}");
            Assert.True(countries.Min() > people.Max() + 20, $"XL countries ({countries.Min()}) larger than M people ({people.Max()})");

            await page.Locator("[data-style-label=Person] select[data-style=caption]").SelectOptionAsync("id");
            var captionsAreIds = "() => window.explorer.cy.nodes().filter(n => n.data('label') === 'Person').every(n => n.style('label') === String(n.data('props').id))";
            Assert.True(await page.EvaluateAsync<bool>(captionsAreIds));

            // Remembered across a reload, controls included.
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("body[data-ready='true']");
            Assert.True(await DrawnInAsync(page, "Country", [0, 0xaa, 0]), "the colour is remembered");
            Assert.True(await page.EvaluateAsync<bool>(captionsAreIds), "the caption is remembered");
            people = await RenderedWidthsAsync(page, "Person");
            Assert.True(people.Max() - people.Min() < 0.5, "size by degree stays off");
            await page.ClickAsync("#open-style");
            Assert.Equal("#00aa00", await country.Locator("input[data-style=color]").InputValueAsync());
            Assert.Equal("XL", await country.Locator("select[data-style=size]").InputValueAsync());
            Assert.False(await page.IsCheckedAsync("[data-style=size-by-degree]"));
            await ExplorerFixture.ScreenshotAsync(page, "style-panel.png");

            await page.ClickAsync("[data-style=reset]");
            Assert.True(await DrawnInAsync(page, "Country", [0xf7, 0x97, 0x67]), "reset restores the default colour");
            Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.nodes().filter(n => n.data('label') === 'Person').every(n => n.style('label') === n.data('name'))"));
            people = await RenderedWidthsAsync(page, "Person");
            Assert.True(people.Max() > people.Min() + 4, "reset turns size by degree back on");
            Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('relationsgraph-style')"));
        }
        finally
        {
            // The browser profile is shared by the collection: leave no style behind for other tests.
            await page.EvaluateAsync("localStorage.removeItem('relationsgraph-style')");
            await page.CloseAsync();
        }
    }
}
