using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>An article's highlights link each name to the entity it names, and generic words to none.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ArticleHighlightTests(ExplorerFixture fixture)
{
    private static readonly string[] GenericPhrases = ["statement", "the statement", "joint statement", "joint press statement", "plan", "the plan", "summit", "the talks", "talks"];

    [Fact]
    public async Task Generic_words_link_nothing_and_a_city_is_a_place_not_a_country()
    {
        var page = await fixture.OpenAsync();
        await page.ClickAsync(".tab[data-view=articles]");
        await page.Locator("#article-list li", new() { HasText = "Tokyo" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#article-reader .entity");
        var spans = await page.EvaluateAsync<string[][]>("[...document.querySelectorAll('#article-reader .entity')].map(s => [s.textContent, s.title])");

        Assert.DoesNotContain(spans, s => GenericPhrases.Contains(s[0].ToLowerInvariant()));
        var tokyo = spans.Where(s => s[0] == "Tokyo").ToList();
        Assert.NotEmpty(tokyo);
        Assert.All(tokyo, s => Assert.StartsWith("Place:", s[1]));
        await page.CloseAsync();
    }
}
