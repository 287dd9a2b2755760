namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>The statement shapes the loader sends: MATCH + UNWIND + MERGE + SET with list arithmetic.</summary>
public sealed class BulkLoadingTests : QueryTestBase
{
    private const string MergePeople = """
        MATCH (article:Article {id: $article})
        UNWIND $batch AS row
        MERGE (n:Person {id: row.id})
        SET n.name = coalesce(n.name, row.name),
            n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])]
        MERGE (article)-[m:MENTIONS]->(n)
        SET m.count = row.count
        """;

    private static Dictionary<string, object?> Batch(string article, params (string Id, string Name, string[] Aliases, int Count)[] people) => new()
    {
        ["article"] = article,
        ["batch"] = people.Select(p => (object?)new Dictionary<string, object?>
        {
            ["id"] = p.Id, ["name"] = p.Name, ["aliases"] = p.Aliases, ["count"] = p.Count,
        }).ToList(),
    };

    [Fact]
    public void Loading_the_same_batch_twice_changes_nothing_the_second_time()
    {
        Run("CREATE CONSTRAINT FOR (p:Person) REQUIRE p.id IS UNIQUE");
        Run("CREATE (:Article {id: 'a1'}), (:Article {id: 'a2'})");
        var batch = Batch("a1", ("p1", "Ada", ["Ada L."], 2), ("p2", "Bob", [], 1));
        var first = Db.Execute(MergePeople, batch).Statistics;
        Assert.Equal(2, first.NodesCreated);
        Assert.Equal(2, first.RelationshipsCreated);
        var second = Db.Execute(MergePeople, batch).Statistics;
        Assert.Equal(0, second.NodesCreated);
        Assert.Equal(0, second.RelationshipsCreated);

        Db.Execute(MergePeople, Batch("a2", ("p1", "Ada Lovelace", ["Ada L.", "Countess"], 5)));
        var ada = Assert.IsType<Node>(Scalar("MATCH (p:Person {id: 'p1'}) RETURN p"));
        Assert.Equal("Ada", ada.Properties["name"]);
        Assert.Equal(new object?[] { "Ada L.", "Countess" }, (IReadOnlyList<object?>)ada.Properties["aliases"]!);
        Assert.Equal(2L, Scalar("MATCH (:Article)-[:MENTIONS]->(p:Person {id: 'p1'}) RETURN count(*)"));
    }

    [Fact]
    public void Relationship_merge_between_matched_nodes_keeps_one_relationship_per_pair()
    {
        Run("UNWIND range(1, 4) AS i CREATE (:P {id: i})");
        var rows = new List<object?>
        {
            new Dictionary<string, object?> { ["from"] = 1, ["to"] = 2, ["w"] = 0.5 },
            new Dictionary<string, object?> { ["from"] = 1, ["to"] = 2, ["w"] = 0.9 },
            new Dictionary<string, object?> { ["from"] = 3, ["to"] = 3, ["w"] = 0.1 },
        };
        var stats = Db.Execute("""
            UNWIND $batch AS row
            MATCH (a:P {id: row.from})
            MATCH (b:P {id: row.to})
            MERGE (a)-[r:LINK]->(b)
            SET r.best = CASE WHEN r.best IS NULL OR row.w > r.best THEN row.w ELSE r.best END
            """, new Dictionary<string, object?> { ["batch"] = rows }).Statistics;
        Assert.Equal(2, stats.RelationshipsCreated);
        Assert.Equal(0.9, Scalar("MATCH (:P {id: 1})-[r:LINK]->(:P {id: 2}) RETURN r.best"));
        Assert.Equal(1L, Scalar("MATCH (a:P {id: 3})-[r:LINK]->(a) RETURN count(r)"));
    }
}
