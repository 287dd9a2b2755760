using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Loading.Tests.Ingestion;

/// <summary>
/// An article is its cleaned text: two files with one name but different text are two articles
/// (the later one gets a distinct id), never one overwriting the other; the same text twice is one.
/// On a real embedded store on disk, as `ingest` uses it.
/// </summary>
public sealed class ArticleIdentityTests : IDisposable
{
    private readonly TempDirectory _articles = new();
    private readonly TempDirectory _store = new();

    public void Dispose()
    {
        _articles.Dispose();
        _store.Dispose();
    }

    /// <summary>Summit A and summit B, each as "report.txt" in its own folder, both claiming the id article:report.</summary>
    private (string A, string B) SameNameDifferentText()
    {
        var a = CopyAs(TestArticles.WriteSummitA(_articles), "east", "article:summit-a");
        var b = CopyAs(TestArticles.WriteSummitB(_articles), "west", "article:summit-b");
        return (a, b);
    }

    private string CopyAs(string source, string folder, string oldId)
    {
        var directory = Directory.CreateDirectory(_articles.File(folder)).FullName;
        var target = System.IO.Path.Combine(directory, "report.txt");
        File.Copy(source, target);
        File.WriteAllText(System.IO.Path.ChangeExtension(target, ".json"),
            File.ReadAllText(System.IO.Path.ChangeExtension(source, ".json")).Replace(oldId, "article:report"));
        return target;
    }

    private static async Task<List<object?[]>> ArticlesAsync(IGraphDatabasePort database) =>
        (await database.RunAsync(
            "MATCH (a:Article) OPTIONAL MATCH (a)-[:MENTIONS]->(n) WITH a, n.id AS mentioned ORDER BY mentioned " +
            "RETURN a.id, a.title, a.text, a.path, collect(mentioned) ORDER BY a.title")).Rows
        .Select(r => r.Select(v => v is IReadOnlyList<object?> list ? string.Join(",", list) : v).ToArray()).ToList();

    [Fact]
    public async Task Two_files_with_one_name_in_one_run_are_two_articles()
    {
        var (a, b) = SameNameDifferentText();
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);

        var summary = await new ArticleLoader(database, new SidecarExtractor()).LoadAsync([a, b]);

        Assert.Equal((2, 0, 0), (summary.Loaded, summary.Unchanged, summary.Failed));
        AssertTwoSeparateArticles(await ArticlesAsync(database), a, b);
        Assert.Equal("article:report", summary.Files[0].ArticleId);
        Assert.StartsWith("article:report~", summary.Files[1].ArticleId);
    }

    [Fact]
    public async Task A_later_file_with_a_loaded_articles_name_is_a_new_article_not_an_overwrite()
    {
        var (a, b) = SameNameDifferentText();
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var loader = new ArticleLoader(database, new SidecarExtractor());
        await loader.LoadFileAsync(a);
        var before = Assert.Single(await ArticlesAsync(database));

        var second = await loader.LoadFileAsync(b);

        Assert.Equal(FileLoadStatus.Loaded, second.Status);
        var after = await ArticlesAsync(database);
        Assert.Equal(before, after[0]); // title, text, path and mentions as they were
        AssertTwoSeparateArticles(after, a, b);
    }

    [Fact]
    public async Task The_same_text_under_another_name_changes_nothing()
    {
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var loader = new ArticleLoader(database, new SidecarExtractor());
        var original = TestArticles.WriteSummitA(_articles);
        await loader.LoadFileAsync(original);
        var before = await ArticlesAsync(database);

        var copy = CopyAs(original, "copies", "article:summit-a");
        var again = await loader.LoadAsync([copy, original]);

        Assert.Equal((0, 2), (again.Loaded, again.Unchanged));
        Assert.Equal(before, await ArticlesAsync(database));
    }

    [Fact]
    public async Task With_the_real_extractor_same_named_files_from_two_folders_are_two_articles()
    {
        var first = Directory.CreateDirectory(_articles.File("monday")).FullName;
        var second = Directory.CreateDirectory(_articles.File("tuesday")).FullName;
        File.WriteAllText(System.IO.Path.Combine(first, "dispatch.txt"),
            "Seoul talks\n2026-03-01\n\nPresident Lee Jae Myung met Prime Minister Sanae Takaichi in Seoul on March 1, 2026.\n");
        File.WriteAllText(System.IO.Path.Combine(second, "dispatch.txt"),
            "Paris visit\n2026-04-09\n\nPresident Emmanuel Macron received President Lee Jae Myung in Paris on April 9, 2026.\n");
        await using var database = EmbeddedGraphDatabase.Open(_store.Path);
        var loader = new ArticleLoader(database, new LibraryArticleExtractor());

        await loader.LoadAsync([System.IO.Path.Combine(first, "dispatch.txt")]);
        var summary = await loader.LoadAsync([System.IO.Path.Combine(second, "dispatch.txt")]);

        Assert.Equal(1, summary.Loaded);
        var articles = await ArticlesAsync(database);
        Assert.Equal(["Paris visit", "Seoul talks"], articles.Select(r => r[1]));
        Assert.Equal(2, articles.Select(r => r[0]).Distinct().Count());
        Assert.Contains("article:dispatch", articles.Select(r => r[0]));
    }

    private static void AssertTwoSeparateArticles(List<object?[]> articles, string a, string b)
    {
        Assert.Equal(2, articles.Count);
        var (first, second) = (articles[0], articles[1]);
        Assert.Equal(("Leaders meet in Lakeside", a), (first[1], first[3]));
        Assert.Equal(("Second day in Lakeside", b), (second[1], second[3]));
        Assert.Equal("article:report", first[0]);
        Assert.NotEqual(first[0], second[0]);
        // Each article mentions what its own extraction names, nothing of the other's.
        Assert.Equal("agreement:lakeside-accord,country:castavia,country:veldora,meeting:2030-05-lakeside,person:mira-holt,person:oren-task,place:lakeside", first[4]);
        Assert.Equal("meeting:2030-05-lakeside,person:mira-holt,person:oren-task,place:lakeside", second[4]);
    }
}
