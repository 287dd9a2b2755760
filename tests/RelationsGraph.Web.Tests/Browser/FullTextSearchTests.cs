using System.Net.Http.Json;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The search box over the full-text index (db.index.fulltext.queryNodes): misspelt and unfinished names, ranked.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class FullTextSearchTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task The_search_box_finds_a_misspelt_name_first_and_choosing_it_opens_the_node()
    {
        var page = await fixture.OpenAsync();
        await page.FillAsync("#search", "Shigeru Ishbia");
        await page.WaitForSelectorAsync("#suggestions li");
        Assert.Contains("Shigeru Ishiba", await page.Locator("#suggestions li").First.InnerTextAsync());
        await page.PressAsync("#search", "Enter");
        await Expect(page.Locator("#panel h2")).ToHaveTextAsync("Shigeru Ishiba");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_search_endpoint_ranks_prefix_and_fuzzy_matches_and_ignores_query_syntax()
    {
        async Task<List<string?>> Names(string term)
        {
            var result = await fixture.Server.Http.GetFromJsonAsync<JsonElement>($"/api/search?term={Uri.EscapeDataString(term)}");
            return result.GetProperty("rows").EnumerateArray().Select(row => row[0].GetProperty("properties").GetProperty("name").GetString()).ToList();
        }

        Assert.Equal("Shigeru Ishiba", (await Names("ishbia"))[0]);
        Assert.Equal("Shigeru Ishiba", (await Names("Ishi"))[0]);
        Assert.Empty(await Names("*:( \""));
    }
}
