using RelationsGraph.Cypher;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Ingestion;
using RelationsGraph.Loading.Querying;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Loading.Tests.Ingestion;

/// <summary>The named queries and examples of cypher/ answer correctly on a store loaded with the test articles.</summary>
public sealed class NamedQueryTests : IAsyncLifetime
{
    private readonly TempDirectory _articles = new();
    private readonly TempDirectory _store = new();
    private EmbeddedGraphDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = EmbeddedGraphDatabase.Open(_store.Path);
        await new ArticleLoader(_database, new SidecarExtractor())
            .LoadAsync([TestArticles.WriteSummitA(_articles), TestArticles.WriteSummitB(_articles)]);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _articles.Dispose();
        _store.Dispose();
    }

    private Task<QueryResult> Run(string name, params (string Name, object? Value)[] parameters) =>
        _database.RunAsync(CypherCatalog.Get(name), parameters.ToDictionary(p => p.Name, p => p.Value), new QueryOptions { ReadOnly = true });

    [Fact]
    public async Task Search_finds_entities_by_alias_case_insensitively()
    {
        var result = await Run("queries/search", ("query", FullTextSearchQuery.FromText("ms holt")), ("limit", 10L));
        // Ranked: the person both words name comes first; weaker matches (a near spelling) may follow.
        var node = Assert.IsType<Node>(result.Rows[0][0]);
        Assert.Equal("person:mira-holt", node.Properties["id"]);
    }

    [Fact]
    public async Task Search_forgives_a_misspelling_and_an_unfinished_word()
    {
        foreach (var typed in new[] { "mira hlot", "Castavai", "lakesi" })
        {
            var result = await Run("queries/search", ("query", FullTextSearchQuery.FromText(typed)), ("limit", 10L));
            Assert.True(result.Rows.Count > 0, typed);
        }
        var ranked = await Run("queries/search", ("query", FullTextSearchQuery.FromText("mira hlot")), ("limit", 10L));
        Assert.Equal("person:mira-holt", Assert.IsType<Node>(ranked.Rows[0][0]).Properties["id"]);
    }

    [Fact]
    public async Task Neighbourhood_lists_model_relationships_but_not_mentions()
    {
        var result = await Run("queries/neighbourhood", ("id", "person:mira-holt"), ("limit", 50L));
        var types = result.Rows.Select(r => Assert.IsType<Relationship>(r[1]).Type).Order().ToList();
        Assert.Equal(["ATTENDED", "REPRESENTS", "SIGNED"], types);
    }

    [Fact]
    public async Task Tracing_an_agreement_gives_signers_and_the_meeting_that_produced_it()
    {
        var row = Assert.Single((await Run("queries/trace-agreement", ("id", "agreement:lakeside-accord"))).Rows);
        Assert.Equal("agreement:lakeside-accord", Assert.IsType<Node>(row[0]).Properties["id"]);
        Assert.Equal(["person:mira-holt"], Ids(row[1]));
        Assert.Empty(Ids(row[2]));
        Assert.Equal(["meeting:2030-05-lakeside"], Ids(row[3]));
    }

    [Fact]
    public async Task Shortest_paths_go_through_the_meeting_both_attended()
    {
        var result = await Run("queries/shortest-paths", ("from", "person:mira-holt"), ("to", "person:oren-task"));
        var path = Assert.IsType<CypherPath>(Assert.Single(result.Rows)[0]);
        Assert.Equal(["person:mira-holt", "meeting:2030-05-lakeside", "person:oren-task"], path.Nodes.Select(n => n.Properties["id"]));
    }

    [Fact]
    public async Task The_timeline_filters_by_attendee()
    {
        var everyone = await Run("queries/meeting-timeline", ("person", null));
        var holt = await Run("queries/meeting-timeline", ("person", "person:mira-holt"));
        var nobody = await Run("queries/meeting-timeline", ("person", "person:nobody"));
        Assert.Equal("2030-05-03", Assert.Single(everyone.Rows)[0]);
        Assert.Single(holt.Rows);
        Assert.Empty(nobody.Rows);
    }

    [Fact]
    public async Task An_article_comes_with_the_entities_it_mentions_most_first()
    {
        var row = Assert.Single((await Run("queries/article", ("id", "article:summit-a"))).Rows);
        var entities = Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[1]);
        Assert.Equal(7, entities.Count);
        var first = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(entities[0]);
        Assert.Equal(2L, first["count"]);
    }

    [Fact]
    public async Task Evidence_pairs_each_source_with_its_sentence()
    {
        var edge = (await _database.RunAsync("MATCH (:Person {id: 'person:mira-holt'})-[r:ATTENDED]->() RETURN elementId(r)")).Rows[0][0];
        var result = await Run("queries/evidence", ("elementId", edge));
        Assert.Equal(
            [("article:summit-a", (object?)TestArticles.HoltAttendedSentenceA), ("article:summit-b", TestArticles.HoltAttendedSentenceB)],
            result.Rows.Select(r => ((string)r[0]!, r[2])));
    }

    [Fact]
    public async Task Every_example_runs_read_only()
    {
        foreach (var example in CypherCatalog.Examples())
        {
            var result = await _database.RunAsync(example.Cypher, options: new QueryOptions { ReadOnly = true });
            Assert.NotEmpty(result.Columns);
        }
        var check = CypherCatalog.Examples().Single(e => e.Question.StartsWith("Is every evidence sentence", StringComparison.Ordinal));
        var counts = Assert.Single((await _database.RunAsync(check.Cypher)).Rows);
        Assert.Equal(counts[0], counts[1]);
    }

    private static List<object?> Ids(object? nodes) =>
        Assert.IsAssignableFrom<IReadOnlyList<object?>>(nodes).Select(n => Assert.IsType<Node>(n).Properties["id"]).ToList();
}
