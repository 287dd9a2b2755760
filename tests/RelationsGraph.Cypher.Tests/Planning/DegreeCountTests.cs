namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// Grouped and single-node counts over one hop answered from stored degrees (GetDegree), now also when the
/// counted node is sought by a property map and when the far node carries labels. Every query is checked
/// against the same query with WHERE true, which the rewrite leaves alone (the plan that walks).
/// </summary>
public sealed class DegreeCountTests
{
    // Bob has no name, Cy loves herself: a null grouping key and a self-loop in every setup.
    private const string People = """
        CREATE (ada:Person {name: 'Ada'}), (bob:Person), (cy:Person {name: 'Cy'}), (dan:Person {name: 'Dan'}),
               (ada)-[:KNOWS]->(bob), (ada)-[:KNOWS]->(cy), (bob)-[:KNOWS]->(cy), (cy)-[:KNOWS]->(ada),
               (ada)-[:LIKES]->(cy), (cy)-[:LIKES]->(cy), (cy)-[:KNOWS]->(cy)
        """;

    // The same people beside a place: :Person no longer holds for every node, so the far label filters.
    private const string PeopleAndPlace = People + ", (oslo:Place {name: 'Oslo'}), (ada)-[:KNOWS]->(oslo), (oslo)-[:LIKES]->(cy)";

    private static readonly string[] QueryTexts =
    [
        "MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.name AS name, count(*) AS d ORDER BY d DESC, name LIMIT 3",
        "MATCH (p:Person)-[:KNOWS]->(q:Person) RETURN p.name AS name, count(q) AS d ORDER BY name",
        "MATCH (p:Person)<-[r]-(:Person) RETURN p.name AS name, count(r) AS d ORDER BY name",
        "MATCH (p:Person)-[:KNOWS|LIKES]-(x:Person) RETURN p.name AS name, count(x) AS d ORDER BY name",
        "MATCH (p)-[:LIKES]-() RETURN p.name AS name, count(*) AS d ORDER BY name",
        "MATCH (:Person)-[:KNOWS]->(p:Person) RETURN p, count(*) AS d ORDER BY d, id(p)",
        "MATCH (p:Person {name: 'Cy'})-[:KNOWS]-(q:Person) RETURN count(q) AS d",
        "MATCH (p:Person {name: 'Ada'})-[]-(q) RETURN count(*) AS d",
        "MATCH (p:Person {name: 'Nobody'})-[:KNOWS]-(q:Person) RETURN count(q) AS d",
    ];

    public static TheoryData<string> Queries => new(QueryTexts);

    private static string Walked(string query) => query.Replace(" RETURN ", " WHERE true RETURN ", StringComparison.Ordinal);

    private static List<string> Rows(QueryResult result) => result.Rows.Select(r => string.Join("|", r.Select(v => v?.ToString() ?? "null"))).ToList();

    [Theory]
    [MemberData(nameof(Queries))]
    public void Counts_agree_with_the_walked_plan_and_read_degrees_when_the_far_label_holds_everywhere(string query)
    {
        var (fast, reader) = CountingReader.Run(People, query);
        var (walked, _) = CountingReader.Run(People, Walked(query));
        Assert.Equal(Rows(walked), Rows(fast));
        Assert.Equal(0, reader.Expansions);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Counts_agree_with_the_walked_plan_when_the_far_label_excludes_some_nodes(string query)
    {
        var (fast, _) = CountingReader.Run(PeopleAndPlace, query);
        var (walked, _) = CountingReader.Run(PeopleAndPlace, Walked(query));
        Assert.Equal(Rows(walked), Rows(fast));
    }

    [Theory]
    [InlineData("MATCH (:Person {name: 'Ada'})-[k:KNOWS]->(x) DELETE k")]
    [InlineData("MATCH (o:Place) DETACH DELETE o")] // inside the transaction, :Person now holds everywhere
    [InlineData("MATCH (c:Person {name: 'Cy'}) REMOVE c:Person")]
    [InlineData("MATCH (a:Person {name: 'Ada'}) CREATE (a)-[:KNOWS]->(:Person {name: 'Eve'}), (a)-[:KNOWS]->(:Robot)")]
    public void Counts_follow_uncommitted_changes(string change)
    {
        foreach (var query in QueryTexts)
        {
            var (fast, _) = CountingReader.RunUncommitted(PeopleAndPlace, change, query);
            var (walked, _) = CountingReader.RunUncommitted(PeopleAndPlace, change, Walked(query));
            Assert.Equal(Rows(walked), Rows(fast));
        }
    }

    [Fact]
    public void A_far_label_that_filters_walks_and_says_so_in_explain()
    {
        var (result, reader) = CountingReader.Run(PeopleAndPlace, "MATCH (p:Person {name: 'Ada'})-[:KNOWS]->(q:Person) RETURN count(q)");
        Assert.Equal(2L, Assert.Single(result.Rows)[0]); // Bob and Cy; Oslo is not counted
        Assert.True(reader.Expansions > 0);

        using var db = GraphDatabase.CreateInMemory();
        db.Execute(PeopleAndPlace);
        db.Execute("CREATE INDEX FOR (p:Person) ON (p.name)");
        var plan = db.Execute("EXPLAIN MATCH (p:Person {name: 'Ada'})-[:KNOWS]-(q:Person) RETURN count(q)").Plan!;
        var degree = Assert.Single(plan.Flatten(), step => step.Operator == "GetDegree");
        Assert.StartsWith("(p:Person {name: 'Ada'})-[:KNOWS]-(q:Person)", degree.Details);
        Assert.Equal("NodeIndexSeek", Assert.Single(degree.Children).Operator);
        Assert.DoesNotContain(plan.Flatten(), step => step.Operator.StartsWith("Expand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MATCH (p:Person)-[:KNOWS]-(q:Person) RETURN p.name, count(DISTINCT q)")]
    [InlineData("MATCH (p:Person)-[:KNOWS]-(q:Person {name: 'Cy'}) RETURN p.name, count(*)")]
    [InlineData("MATCH (p:Person)-[:KNOWS]-(q:Person) RETURN p.name, q.name, count(*)")]
    [InlineData("MATCH (p)-[:KNOWS]->(q:Person) RETURN p.name, count(*)")] // a far label from every node: the expand from the label is cheaper
    public void Shapes_that_need_the_far_node_keep_walking(string query)
    {
        var (result, reader) = CountingReader.Run(People, query);
        var (walked, _) = CountingReader.Run(People, Walked(query));
        Assert.Equal(Rows(walked).Order(), Rows(result).Order());
        Assert.True(reader.Expansions > 0);
    }

    [Theory]
    [InlineData("MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.name AS name, count(*) AS d ORDER BY d DESC, name")]
    [InlineData("MATCH (p:Person)-[:KNOWS|LIKES]->() RETURN p.name AS name, p.age AS age, count(*) AS d ORDER BY name")]
    [InlineData("MATCH (p:Person)<-[:KNOWS]-() RETURN p AS node, count(*) AS d ORDER BY d, id(node)")]
    public void Grouping_by_a_unique_property_or_the_node_needs_no_table_and_agrees(string query)
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute("CREATE CONSTRAINT person_name FOR (p:Person) REQUIRE p.name IS UNIQUE");
        db.Execute(People + ", (eve:Person {age: 3}), (eve)-[:KNOWS]->(ada), (eve)-[:LIKES]->(cy)"); // Bob and Eve: two null names, one group
        var fast = db.Execute(query);
        Assert.Equal(Rows(db.Execute(Walked(query))), Rows(fast));
        var plan = db.Execute("EXPLAIN " + query).Plan!;
        Assert.EndsWith("(one group per p)", Assert.Single(plan.Flatten(), step => step.Operator == "EagerAggregation").Details);
    }

    [Fact]
    public void Without_the_constraint_a_property_key_is_grouped_in_a_table()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(People + ", (:Person {name: 'Ada'})-[:KNOWS]->(dan)"); // a second Ada: her count joins the first's
        const string query = "MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.name AS name, count(*) AS d ORDER BY name";
        Assert.Equal(Rows(db.Execute(Walked(query))), Rows(db.Execute(query)));
        Assert.DoesNotContain("one group per", Assert.Single(db.Execute("EXPLAIN " + query).Plan!.Flatten(), step => step.Operator == "EagerAggregation").Details);
    }
}
