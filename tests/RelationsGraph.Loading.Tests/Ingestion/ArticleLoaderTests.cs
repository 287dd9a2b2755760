using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Loading.Tests.Ingestion;

/// <summary>The loader on a real embedded store on disk, with articles written for these tests.</summary>
public sealed class ArticleLoaderTests : IDisposable
{
    private readonly TempDirectory _articles = new();
    private readonly TempDirectory _store = new();

    public void Dispose()
    {
        _articles.Dispose();
        _store.Dispose();
    }

    [Fact]
    public async Task Loads_articles_into_one_node_per_real_thing()
    {
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var loader = new ArticleLoader(database, new SidecarExtractor());

        var summary = await loader.LoadAsync([TestArticles.WriteSummitA(_articles), TestArticles.WriteSummitB(_articles)]);

        Assert.Equal((2, 0, 0), (summary.Loaded, summary.Unchanged, summary.Failed));
        Assert.Equal(7 + 4, summary.Entities);
        Assert.Equal(6 + 2, summary.Relationships);
        var holt = Assert.Single((await database.RunAsync("MATCH (p:Person {id: 'person:mira-holt'}) RETURN p.name, p.aliases, p.roles")).Rows);
        Assert.Equal("Mira Holt", holt[0]);
        Assert.Equal(["Mira Holt", "Ms Holt"], (IReadOnlyList<object?>)holt[1]!);
        Assert.Equal(["President of Veldora"], (IReadOnlyList<object?>)holt[2]!);
        var meeting = Assert.Single((await database.RunAsync("MATCH (m:Meeting) RETURN m.date, m.place, m.status")).Rows);
        Assert.Equal(new object?[] { "2030-05-03", "Lakeside", "held" }, meeting); // the more precise date wins
        var mentions = await database.RunAsync("MATCH (a:Article)-[m:MENTIONS]->(:Person {id: 'person:mira-holt'}) RETURN a.id, m.count ORDER BY a.id");
        Assert.Equal(["article:summit-a x2", "article:summit-b x2"], mentions.Rows.Select(r => $"{r[0]} x{r[1]}"));
    }

    [Fact]
    public async Task A_second_article_appends_its_source_and_sentence_to_an_existing_relationship()
    {
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var loader = new ArticleLoader(database, new SidecarExtractor());
        await loader.LoadAsync([TestArticles.WriteSummitA(_articles), TestArticles.WriteSummitB(_articles)]);

        var edges = await database.RunAsync(
            "MATCH (:Person {id: 'person:mira-holt'})-[r:ATTENDED]->(:Meeting) RETURN count(r), collect(r.sources)[0], collect(r.evidence)[0], collect(r.confidence)[0]");
        var row = Assert.Single(edges.Rows);
        Assert.Equal(1L, row[0]);
        Assert.Equal(["article:summit-a", "article:summit-b"], (IReadOnlyList<object?>)row[1]!);
        Assert.Equal([TestArticles.HoltAttendedSentenceA, TestArticles.HoltAttendedSentenceB], (IReadOnlyList<object?>)row[2]!);
        Assert.Equal(0.9, row[3]);

        var task = Assert.Single((await database.RunAsync(
            "MATCH (:Person {id: 'person:oren-task'})-[r:ATTENDED]->() RETURN r.evidence")).Rows);
        Assert.Equal([TestArticles.HoltAttendedSentenceA, TestArticles.HoltAttendedSentenceB], (IReadOnlyList<object?>)task[0]!);
    }

    [Fact]
    public async Task Loading_the_same_articles_again_changes_nothing_even_after_reopening_the_store()
    {
        var paths = new[] { TestArticles.WriteSummitA(_articles), TestArticles.WriteSummitB(_articles) };
        List<object?[]> before;
        await using (var database = EmbeddedGraphDatabase.Open(_store.Path))
        {
            await new ArticleLoader(database, new SidecarExtractor()).LoadAsync(paths);
            before = await Snapshot(database);
        }

        await using (var reopened = EmbeddedGraphDatabase.Open(_store.Path))
        {
            var again = await new ArticleLoader(reopened, new SidecarExtractor()).LoadAsync(paths);

            Assert.Equal((0, 2, 0), (again.Loaded, again.Unchanged, again.Failed));
            Assert.Equal(0, again.NodesCreated + again.RelationshipsCreated);
            Assert.Equal(before, await Snapshot(reopened));
        }
    }

    [Fact]
    public async Task Text_full_of_quotes_backslashes_and_Cypher_is_stored_as_text()
    {
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var loader = new ArticleLoader(database, new SidecarExtractor());
        await loader.LoadAsync([TestArticles.WriteSummitA(_articles)]);
        var nodesBefore = (long)(await database.RunAsync("MATCH (n) RETURN count(n)")).Rows[0][0]!;

        var result = await loader.LoadFileAsync(TestArticles.WriteHostile(_articles));

        Assert.Equal(FileLoadStatus.Loaded, result.Status);
        var article = Assert.Single((await database.RunAsync("MATCH (a:Article {id: 'article:hostile'}) RETURN a.text, a.title")).Rows);
        Assert.Equal(TestArticles.HostileText, article[0]);
        Assert.Equal("Quote ' and \" and '}) DETACH DELETE n //", article[1]);
        var person = Assert.Single((await database.RunAsync("MATCH (p:Person {id: 'person:o-brien'})-[r:REPRESENTS]->() RETURN p.name, r.role, r.evidence")).Rows);
        Assert.Equal(new object?[] { "O'Brien \"the \\ Hammer\"", "Envoy '}) //", new List<object?> { TestArticles.HostileText } },
            new object?[] { person[0], person[1], ((IReadOnlyList<object?>)person[2]!).ToList() });
        var nodesAfter = (long)(await database.RunAsync("MATCH (n) RETURN count(n)")).Rows[0][0]!;
        Assert.Equal(nodesBefore + 2, nodesAfter); // the article and the person; nothing deleted
    }

    [Fact]
    public async Task A_broken_file_is_reported_while_the_others_load()
    {
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var loader = new ArticleLoader(database, new SidecarExtractor());
        var missing = _articles.File("missing.txt");

        var summary = await loader.LoadAsync([TestArticles.WriteSummitA(_articles), TestArticles.WriteBroken(_articles), missing, TestArticles.WriteSummitB(_articles)]);

        Assert.Equal((2, 2), (summary.Loaded, summary.Failed));
        var failures = summary.Files.Where(f => f.Status == FileLoadStatus.Failed).ToList();
        Assert.Equal([_articles.File("broken.txt"), missing], failures.Select(f => f.Path));
        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Error)));
        var articles = await database.RunAsync("MATCH (a:Article) RETURN a.id ORDER BY a.id");
        Assert.Equal(["article:summit-a", "article:summit-b"], articles.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task An_extraction_naming_an_unknown_entity_fails_that_file_and_writes_nothing()
    {
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var path = TestArticles.WriteSummitA(_articles);
        var json = File.ReadAllText(System.IO.Path.ChangeExtension(path, ".json")).Replace("\"to\": \"place:lakeside\"", "\"to\": \"place:atlantis\"");
        File.WriteAllText(System.IO.Path.ChangeExtension(path, ".json"), json);

        var result = await new ArticleLoader(database, new SidecarExtractor()).LoadFileAsync(path);

        Assert.Equal(FileLoadStatus.Failed, result.Status);
        Assert.Contains("place:atlantis", result.Error);
        Assert.Equal(0L, (await database.RunAsync("MATCH (n) WHERE NOT n:Probe RETURN count(n)")).Rows[0][0]);
    }

    private static async Task<List<object?[]>> Snapshot(IGraphDatabasePort database)
    {
        var result = await database.RunAsync(
            "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r), " +
            "[x IN collect(DISTINCT n.aliases) WHERE x IS NOT NULL | size(x)], [y IN collect(r.sources) WHERE y IS NOT NULL | size(y)]");
        return result.Rows.Select(r => r.Select(Normalise).ToArray()).ToList();
    }

    // Lists come back as read-only lists; compare them by content.
    private static object? Normalise(object? value) => value is IReadOnlyList<object?> list ? string.Join(",", list.Select(Normalise).Order()) : value;
}
