using RelationsGraph.Cypher.Tests.Storage;

namespace RelationsGraph.Cypher.Tests.FullText;

/// <summary>CREATE FULLTEXT INDEX and db.index.fulltext.queryNodes on a store on disk, as Neo4j 5 answers them.</summary>
public sealed class FullTextIndexTests : IDisposable
{
    private const string CreateNames =
        "CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Person|Country) ON EACH [n.name, n.aliases]";

    private readonly TempDirectory directory = new();
    private GraphDatabase database;

    public FullTextIndexTests() => database = GraphDatabase.Open(directory.Path);

    public void Dispose()
    {
        database.Dispose();
        directory.Dispose();
    }

    private QueryResult Run(string query, params (string Name, object? Value)[] parameters) =>
        database.Execute(query, parameters.ToDictionary(p => p.Name, p => p.Value));

    /// <summary>The names of the matching nodes, best first.</summary>
    private List<string> Search(string query, Transaction? transaction = null)
    {
        const string call = "CALL db.index.fulltext.queryNodes('names', $q) YIELD node, score RETURN node.name, score";
        var parameters = new Dictionary<string, object?> { ["q"] = query };
        var result = transaction?.Execute(call, parameters) ?? database.Execute(call, parameters);
        var scores = result.Rows.Select(r => (double)r[1]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        return result.Rows.Select(r => (string)r[0]!).ToList();
    }

    private void Reopen()
    {
        database.Dispose();
        database = GraphDatabase.Open(directory.Path);
    }

    private void LoadPeople()
    {
        Run(CreateNames);
        Run("""
            CREATE (:Person {name: 'Mira Holt', aliases: ['Ms Holt', 'The Envoy']}),
                   (:Person {name: 'Ann Holtby'}),
                   (:Person {name: 'Mira Vance'}),
                   (:Country {name: 'Norway', aliases: ['Kingdom of Norway']}),
                   (:Meeting {name: 'Holt summit'})
            """);
    }

    [Fact]
    public void Terms_phrases_prefixes_fuzzy_and_boolean_queries_find_the_indexed_labels_only()
    {
        LoadPeople();
        Assert.Equal(["Mira Holt"], Search("holt"));
        Assert.Equal(["Mira Holt"], Search("\"mira holt\""));
        Assert.Equal(["Mira Holt", "Ann Holtby"], Search("holt*").Order(StringComparer.Ordinal).Reverse().ToList());
        Assert.Contains("Mira Holt", Search("hlot~"));
        Assert.Equal(["Norway"], Search("norwya~"));
        Assert.Equal(["Mira Vance"], Search("mira AND NOT holt"));
        Assert.Equal(["Mira Holt"], Search("name:holt"));
        Assert.DoesNotContain("Holt summit", Search("summit OR holt"));
    }

    [Fact]
    public void Results_are_ranked_by_score_and_limited_by_the_options()
    {
        LoadPeople();
        var ranked = Search("mira holt");
        Assert.Equal("Mira Holt", ranked[0]);
        Assert.Equal(["Mira Holt", "Mira Vance"], ranked.Where(n => n.StartsWith("Mira", StringComparison.Ordinal)));
        var limited = Run("CALL db.index.fulltext.queryNodes('names', 'mira', {limit: 1}) YIELD node RETURN node");
        Assert.Single(limited.Rows);
    }

    [Fact]
    public void List_values_are_indexed_element_by_element()
    {
        LoadPeople();
        Assert.Equal(["Mira Holt"], Search("envoy"));
        Assert.Equal(["Mira Holt"], Search("\"ms holt\""));
        Assert.Empty(Search("\"holt the\"")); // no phrase across two aliases
        Assert.Equal(["Norway"], Search("aliases:kingdom"));
    }

    [Fact]
    public void The_index_follows_set_remove_label_and_delete()
    {
        LoadPeople();
        Run("MATCH (n:Person {name: 'Mira Vance'}) SET n.name = 'Mira Castell'");
        Assert.Empty(Search("vance"));
        Assert.Equal(["Mira Castell"], Search("castell"));
        Run("MATCH (n:Person {name: 'Ann Holtby'}) REMOVE n:Person");
        Assert.Empty(Search("holtby"));
        Run("MATCH (n:Meeting) SET n:Country");
        Assert.Equal(["Holt summit"], Search("summit"));
        Run("MATCH (n {name: 'Mira Holt'}) DETACH DELETE n");
        Assert.Empty(Search("envoy"));
        Run("MATCH (n:Country {name: 'Norway'}) REMOVE n.aliases");
        Assert.Empty(Search("kingdom"));
        Assert.Equal(["Norway"], Search("norway"));
    }

    [Fact]
    public void A_transaction_sees_its_own_changes_and_a_rollback_leaves_nothing()
    {
        LoadPeople();
        using (var transaction = database.BeginTransaction())
        {
            transaction.Execute("CREATE (:Person {name: 'Oskar Lind'})");
            transaction.Execute("MATCH (n:Person {name: 'Mira Holt'}) SET n.name = 'Mira Berg', n.aliases = null");
            Assert.Equal(["Oskar Lind"], Search("lind", transaction));
            Assert.Empty(Search("envoy", transaction));
            transaction.Rollback();
        }
        Assert.Empty(Search("lind"));
        Assert.Empty(Search("berg"));
        Assert.Equal(["Mira Holt"], Search("envoy"));
    }

    [Fact]
    public void The_index_survives_reopening_from_the_log_and_from_a_snapshot()
    {
        Run("CREATE (:Person {name: 'Ola Nordmann'})");
        LoadPeople(); // the index is created after a node it covers
        Reopen();
        Assert.Equal(["Mira Holt"], Search("holt"));
        Assert.Equal(["Ola Nordmann"], Search("nordmann"));
        var shown = Assert.Single(Run("SHOW FULLTEXT INDEXES").Rows);
        Assert.Equal(["names", "FULLTEXT"], shown[..2]);
        Assert.Equal(new object?[] { "Person", "Country" }, (object?[])shown[2]!);
        Assert.Equal(new object?[] { "name", "aliases" }, (object?[])shown[3]!);

        Run("CREATE (:Country {name: 'Iceland'})");
        database.Checkpoint();
        Reopen();
        Assert.Equal(["Iceland"], Search("icel*"));
        Assert.Equal(["Mira Holt"], Search("envoy"));
    }

    [Fact]
    public void Dropping_the_index_is_durable_and_unknown_indexes_fail_as_in_Neo4j()
    {
        LoadPeople();
        Assert.Equal(1, Run("DROP INDEX names").Statistics.IndexesRemoved);
        Reopen();
        Assert.Empty(Run("SHOW INDEXES").Rows);
        var error = Assert.Throws<CypherException>(() => Search("holt"));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
        Assert.Contains("There is no such fulltext schema index: names", error.Message);
    }

    [Fact]
    public void A_query_the_syntax_rejects_fails_with_the_parser_message()
    {
        LoadPeople();
        var error = Assert.Throws<CypherException>(() => Search("holt AND"));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
        Assert.Contains("Cannot parse 'holt AND'", error.Message);
        foreach (var bad in new[] { "", "*holt", "/[/", "name:[a TO", "holt^" })
            Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", Assert.Throws<CypherException>(() => Search(bad)).Code);
        Assert.Contains("Mira Holt", Search("hlot~5")); // Lucene caps edits at two
    }

    [Fact]
    public void Creating_twice_is_reported_unless_if_not_exists_and_the_name_is_kept_apart_from_range_indexes()
    {
        Assert.Equal(1, Run(CreateNames).Statistics.IndexesAdded);
        Assert.Empty(Run("CALL db.awaitIndexes(300)").Rows); // online at commit: nothing to wait for
        Assert.Empty(Run("CALL db.awaitIndex('names')").Rows);
        Assert.Equal(0, Run(CreateNames).Statistics.IndexesAdded);
        Assert.Throws<CypherException>(() => Run("CREATE FULLTEXT INDEX names FOR (n:Person|Country) ON EACH [n.name, n.aliases]"));
        Assert.Equal(0, Run("CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Other) ON EACH [n.x]").Statistics.IndexesAdded);
        Assert.Throws<CypherException>(() => Run("CREATE FULLTEXT INDEX names FOR (n:Other) ON EACH [n.x]"));
        Assert.Throws<CypherException>(() => Run("CREATE INDEX names FOR (n:Person) ON (n.name)"));
        Run("CREATE INDEX person_name FOR (n:Person) ON (n.name)");
        Assert.Equal(["FULLTEXT", "RANGE"], Run("SHOW INDEXES").Rows.Select(r => (string)r[1]!).Order());
        Assert.Equal(["person_name"], Run("SHOW RANGE INDEXES").Rows.Select(r => (string)r[0]!));
    }

    [Fact]
    public void The_old_drop_form_names_range_indexes_only()
    {
        Run("CREATE FULLTEXT INDEX person_text FOR (n:Person) ON EACH [n.name]");
        Assert.Throws<CypherException>(() => Run("DROP INDEX ON :Person(name)"));
        Assert.Equal(["person_text"], Run("SHOW INDEXES").Rows.Select(r => (string)r[0]!));
    }

    [Fact]
    public void Index_config_chooses_the_analyzer_and_rejects_unknown_ones()
    {
        Run("""
            CREATE FULLTEXT INDEX texts FOR (n:Article) ON EACH [n.title, n.text]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}}
            """);
        Run("CREATE (:Article {title: 'Leaders met', text: 'The ministers were meeting in Oslo.'})");
        var found = Run("CALL db.index.fulltext.queryNodes('texts', 'meetings') YIELD node RETURN node.title");
        Assert.Equal("Leaders met", Assert.Single(found.Rows)[0]);
        Reopen();
        Assert.Single(Run("CALL db.index.fulltext.queryNodes('texts', 'minister') YIELD node RETURN node").Rows);
        var error = Assert.Throws<CypherException>(() =>
            Run("CREATE FULLTEXT INDEX bad FOR (n:A) ON EACH [n.p] OPTIONS {indexConfig: {`fulltext.analyzer`: 'klingon'}}"));
        Assert.Contains("klingon", error.Message);
    }

    [Fact]
    public void A_value_Lucene_cannot_hold_as_one_term_leaves_that_node_out_but_the_commit_stands()
    {
        Run("CREATE FULLTEXT INDEX codes FOR (n:Code) ON EACH [n.value] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}");
        Run("CREATE (:Code {value: 'short'}), (:Code {value: $long})", ("long", new string('x', 40_000)));
        Assert.Equal(2L, Run("MATCH (n:Code) RETURN count(n)").Rows[0][0]);
        Assert.Single(Run("CALL db.index.fulltext.queryNodes('codes', 'short') YIELD node RETURN node").Rows);
    }

    [Fact]
    public void Relationship_indexes_answer_query_relationships()
    {
        Run("CREATE FULLTEXT INDEX evidence FOR ()-[r:SIGNED|ATTENDED]-() ON EACH [r.sentence]");
        Run("""
            CREATE (a:Person)-[:SIGNED {sentence: 'She signed the accord in Oslo.'}]->(:Agreement),
                   (a)-[:MENTIONS {sentence: 'The accord was mentioned.'}]->(:Article)
            """);
        var found = Run("CALL db.index.fulltext.queryRelationships('evidence', 'accord') YIELD relationship, score RETURN type(relationship), score");
        Assert.Equal("SIGNED", Assert.Single(found.Rows)[0]);
        var wrongKind = Assert.Throws<CypherException>(() => Run("CALL db.index.fulltext.queryNodes('evidence', 'accord')"));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", wrongKind.Code);
    }
}
