using RelationsGraph.Loading.Catalog;

namespace RelationsGraph.Loading.Tests.Catalog;

public sealed class CypherCatalogTests
{
    [Fact]
    public void The_schema_has_an_idempotent_uniqueness_constraint_on_id_for_every_label()
    {
        var statements = CypherCatalog.Statements("schema");

        foreach (var label in GraphModel.EntityLabels.Append(GraphModel.ArticleLabel))
            Assert.Contains(statements, s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)
                && s.Contains("IF NOT EXISTS", StringComparison.Ordinal)
                && s.Contains($"(n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.All(statements, s => Assert.DoesNotContain(";", s));
    }

    [Fact]
    public void The_schema_has_a_full_text_index_over_names_and_aliases_of_every_entity_label()
    {
        var names = Assert.Single(CypherCatalog.Statements("schema"), s => s.StartsWith("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS", StringComparison.Ordinal));
        Assert.Contains($"(n:{string.Join('|', GraphModel.EntityLabels)})", names);
        Assert.EndsWith("ON EACH [n.name, n.aliases]", names);
        Assert.Contains("entity_names", CypherCatalog.Get("queries/search"));
    }

    [Fact]
    public void Every_entity_label_has_a_merge_statement_that_takes_a_batch()
    {
        foreach (var label in GraphModel.EntityLabels)
        {
            var statement = CypherCatalog.Get($"load/merge-{label.ToLowerInvariant()}");
            Assert.StartsWith("UNWIND $batch AS row\nMATCH (article:Article {id: row.article})", statement);
            Assert.Contains("MERGE (article)-[m:MENTIONS]->(n)", statement);
            Assert.Contains($"MERGE (n:{label} {{id: row.id}})", statement);
            Assert.DoesNotContain("//", statement);
        }
    }

    [Fact]
    public void Templates_accept_only_names_of_the_graph_model()
    {
        var rendered = CypherCatalog.Render("load/merge-relationship",
            new Dictionary<string, string> { ["FromLabel"] = "Person", ["Type"] = "ATTENDED", ["ToLabel"] = "Meeting" });
        Assert.Contains("MATCH (a:Person {id: row.from})", rendered);
        Assert.Contains("MERGE (a)-[r:ATTENDED]->(b)", rendered);

        Assert.Throws<ArgumentException>(() => CypherCatalog.Render("load/merge-relationship", new Dictionary<string, string>
            { ["FromLabel"] = "Person {id: 'x'}) DETACH DELETE n //", ["Type"] = "ATTENDED", ["ToLabel"] = "Meeting" }));
        Assert.Throws<ArgumentException>(() => CypherCatalog.Render("load/merge-relationship", new Dictionary<string, string>()));
    }

    [Fact]
    public void The_examples_hold_the_questions_users_ask()
    {
        var examples = CypherCatalog.Examples();

        Assert.True(examples.Count >= 8);
        // The questions an analyst asks of any set of articles: attendance, signers and parties,
        // what meetings produced, what an agreement upholds, and the evidence.
        foreach (var type in new[] { "ATTENDED", "SIGNED", "PARTY_TO", "PRODUCED", "REAFFIRMS", "HELD_IN", "REPRESENTS" })
            Assert.Contains(examples, e => e.Cypher.Contains($":{type}]", StringComparison.Ordinal));
        Assert.Contains(examples, e => e.Cypher.Contains("r.evidence", StringComparison.Ordinal));
        Assert.All(examples, e => Assert.False(e.Cypher.EndsWith(';')));
    }

    [Fact]
    public void Unknown_names_are_reported_with_the_file_they_looked_for()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => CypherCatalog.Get("queries/no-such-query"));
        Assert.Contains("cypher/queries/no-such-query.cypher", error.Message);
        Assert.Contains("queries/search", CypherCatalog.Names());
    }
}
