using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>
/// The console's editor as a Neo4j Browser user types in it: CodeMirror 6 with @neo4j-cypher/codemirror,
/// completion from the live graph's schema, lint marks from Neo4j's current parser
/// (@neo4j-cypher/language-support), multi-line statements run with Ctrl+Enter. Everything here goes
/// through the keyboard, as a user would.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class CypherEditorTests(ExplorerFixture fixture)
{
    private const string Editor = "#cypher-editor .cm-content";
    private const string CompletionList = ".cm-tooltip-autocomplete";
    // The linter's worker loads Neo4j's parser (several MB) on first use; a loaded CI machine takes a while.
    private const float LintTimeout = 20_000;

    [Fact]
    public async Task Typing_a_label_offers_the_labels_of_the_live_graph_and_enter_takes_one()
    {
        var errors = new List<string>();
        var page = await OpenConsoleAsync(errors);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") errors.Add($"{message.Type}: {message.Text}"); };
        await TypeAsync(page, "MATCH (n:Pe");
        var list = page.Locator(CompletionList);
        await Expect(list).ToContainTextAsync("Person");
        await ExplorerFixture.ScreenshotAsync(page, "editor-completion.png");
        // The list reads the schema, not the statement: Meeting is a label of the graph too, and no typed word.
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("Mee");
        await Expect(list).ToContainTextAsync("Meeting");
        await SettleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("MATCH (n:Meeting)", await ValueAsync(page));   // the bracket closed itself as it was typed
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Relationship_types_property_keys_and_functions_are_completed_too()
    {
        var page = await OpenConsoleAsync();
        await TypeAsync(page, "MATCH (p:Person)-[:ATT");
        await Expect(page.Locator(CompletionList)).ToContainTextAsync("ATTENDED");
        await page.Keyboard.PressAsync("Escape");

        await TypeAsync(page, "MATCH (p:Person) RETURN p.ali");
        await page.Keyboard.PressAsync("Control+Space");
        await Expect(page.Locator(CompletionList)).ToContainTextAsync("aliases");
        await page.Keyboard.PressAsync("Escape");

        await TypeAsync(page, "RETURN toUpp");
        await page.Keyboard.PressAsync("Control+Space");
        await Expect(page.Locator(CompletionList)).ToContainTextAsync("toUpper");
        await page.Keyboard.PressAsync("Escape");

        // A namespaced function is inserted whole and unquoted, though the parser reads 'duration.' as a property lookup.
        await TypeAsync(page, "RETURN duration.bet");
        await page.Keyboard.PressAsync("Control+Space");
        await Expect(page.Locator(CompletionList)).ToContainTextAsync("duration.between");
        await SettleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("RETURN duration.between", await ValueAsync(page));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_syntax_error_is_underlined_while_typing_before_anything_runs()
    {
        var page = await OpenConsoleAsync();
        await TypeAsync(page, "MATCH (n:Person RETURN n");
        var error = page.Locator("#cypher-editor .cm-lintRange-error");
        await Expect(error.First).ToBeVisibleAsync(new() { Timeout = LintTimeout });
        Assert.Contains("RETURN", await error.First.InnerTextAsync());
        Assert.Equal("", await page.InnerTextAsync("#result-summary"));   // nothing ran: the mark is the editor's own
        await ExplorerFixture.ScreenshotAsync(page, "editor-lint.png");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Current_cypher_is_not_underlined_and_a_label_the_graph_lacks_is_a_warning()
    {
        // type(r), labels(n)[0] and COUNT { } are valid Cypher 5 that an older grammar rejects; the warning
        // on Nope, a label the live graph does not hold, shows that the linter has answered.
        var page = await OpenConsoleAsync();
        await TypeAsync(page, "MATCH (x:Nope)-[r]->(y) WHERE type(r) <> 'MENTIONS' RETURN labels(x)[0] AS label, COUNT { (x)--() } AS degree");
        var warning = page.Locator("#cypher-editor .cm-lintRange-warning");
        await Expect(warning).ToHaveTextAsync("Nope", new() { Timeout = LintTimeout });
        Assert.Equal(0, await page.Locator("#cypher-editor .cm-lintRange-error").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_statement_typed_over_several_lines_runs_with_ctrl_enter()
    {
        var page = await OpenConsoleAsync();
        await TypeAsync(page, "MATCH (p:Person)");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("RETURN p.name AS name ORDER BY name LIMIT 2");
        Assert.Equal(2, await page.Locator("#cypher-editor .cm-line").CountAsync());
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator(".result-frame >> nth=0 >> .result-table tbody tr")).ToHaveCountAsync(2);
        Assert.StartsWith("MATCH (p:Person)\nRETURN p.name", await ValueAsync(page));   // Ctrl+Enter ran, it added no line
        Assert.Contains("MATCH (p:Person) RETURN p.name", await page.InnerTextAsync("#history"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task With_the_completion_list_open_the_arrows_move_in_the_list_not_through_the_history()
    {
        var page = await OpenConsoleAsync();
        await page.EvaluateAsync("text => window.explorer.console.editor.setValue(text)", "RETURN 'earlier' AS x");
        await page.ClickAsync("#run-query");
        await Expect(page.Locator("#history")).ToContainTextAsync("earlier");

        await TypeAsync(page, "MATCH (n:");
        await Expect(page.Locator(CompletionList)).ToBeVisibleAsync();
        await SettleAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("MATCH (n:)", await ValueAsync(page));
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("RETURN 'earlier' AS x", await ValueAsync(page));
        await page.CloseAsync();
    }

    private async Task<IPage> OpenConsoleAsync(List<string>? errors = null)
    {
        var page = await fixture.OpenAsync(errors);
        await page.ClickAsync(".tab[data-view=console]");
        await page.WaitForSelectorAsync(Editor);
        return page;
    }

    /// <summary>Empties the editor and types the text key by key.</summary>
    private static async Task TypeAsync(IPage page, string text)
    {
        await page.ClickAsync(Editor);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>
    /// CodeMirror lets Enter and the arrows act on a completion list only once it has been shown for 75 ms
    /// (its interactionDelay, so a list popping up under a fast typist takes no keystroke); a person reads
    /// the list first, a test waits that long.
    /// </summary>
    private static Task SettleAsync(IPage page) => page.WaitForTimeoutAsync(200);

    private static Task<string> ValueAsync(IPage page) => page.EvaluateAsync<string>("window.explorer.console.editor.getValue()");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
