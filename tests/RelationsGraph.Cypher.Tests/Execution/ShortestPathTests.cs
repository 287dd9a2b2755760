namespace RelationsGraph.Cypher.Tests.Execution;

public sealed class ShortestPathTests : QueryTestBase
{
    [Theory]
    [InlineData("-")]
    [InlineData("->")]
    public void Bidirectional_search_agrees_with_all_shortest_paths_on_a_random_graph(string arrow)
    {
        var random = new Random(7);
        var edges = Enumerable.Range(0, 120).Select(_ => (object?)new Dictionary<string, object?> { ["a"] = random.Next(40), ["b"] = random.Next(40) }).ToList();
        Run("UNWIND range(0, 39) AS i CREATE (:N {id: i})");
        Db.Execute("UNWIND $edges AS e MATCH (a:N {id: e.a}), (b:N {id: e.b}) CREATE (a)-[:E]->(b)", new Dictionary<string, object?> { ["edges"] = edges });

        for (var pair = 0; pair < 30; pair++)
        {
            var parameters = new Dictionary<string, object?> { ["a"] = random.Next(40), ["b"] = random.Next(40) };
            var rows = Db.Execute($"""
                MATCH (a:N {"{"}id: $a{"}"}), (b:N {"{"}id: $b{"}"})
                OPTIONAL MATCH p = shortestPath((a)-[:E*..10]{arrow}(b))
                OPTIONAL MATCH q = allShortestPaths((a)-[:E*..10]{arrow}(b))
                RETURN length(p) AS one, collect(DISTINCT length(q)) AS all
                """, parameters).Rows;
            var row = Assert.Single(rows);
            var all = (IReadOnlyList<object?>)row[1]!;
            if (row[0] is null) Assert.Empty(all);
            else Assert.Equal(new[] { row[0] }, all);
        }
    }

    /// <summary>(a)-[:R]->(b)-[:R]->(c)-[:R]->(d) and a shortcut (a)-[:S]->(d).</summary>
    private void Chain() =>
        Run("CREATE (a:X {id: 1})-[:R]->(b:X {id: 2})-[:R]->(c:X {id: 3})-[:R]->(d:X {id: 4}), (a)-[:S]->(d)");

    [Theory]
    [InlineData("shortestPath((a)-[:R*..2]->(d))", 0L)]
    [InlineData("shortestPath((a)-[:R*..3]->(d))", 1L)]
    [InlineData("shortestPath((a)-[*]->(d))", 1L)]
    [InlineData("shortestPath((a)-[*2..]->(d))", 0L)]
    [InlineData("allShortestPaths((a)-[*]->(d))", 1L)]
    [InlineData("allShortestPaths((a)-[*2..]->(d))", 0L)]
    [InlineData("allShortestPaths((a)-[:R|S*]-(d))", 1L)]
    [InlineData("allShortestPaths((d)-[:R*]->(a))", 0L)]
    [InlineData("allShortestPaths((d)<-[:R*]-(a))", 1L)]
    public void Length_bounds_types_and_direction_limit_the_paths(string pattern, long expected)
    {
        Chain();
        // The shortest path below a pattern's minimum length matches nothing, for both forms (no longer one is looked for).
        Assert.Equal(expected, Scalar($"MATCH (a:X {{id: 1}}), (d:X {{id: 4}}) OPTIONAL MATCH p = {pattern} RETURN count(p)"));
    }

    [Fact]
    public void A_node_and_itself_need_a_zero_length_pattern()
    {
        Chain();
        Assert.Equal(0L, Scalar("MATCH (a:X {id: 1}) MATCH p = shortestPath((a)-[*0..]-(a)) RETURN length(p)"));
        var error = Assert.Throws<CypherException>(() => Run("MATCH (a:X {id: 1}) MATCH p = shortestPath((a)-[*]-(a)) RETURN p"));
        Assert.Contains("same start and end node", error.Message);
    }

    [Fact]
    public void Profile_answers_as_the_plain_query_does()
    {
        // PROFILE reads through a counting reader, which the search walks through its relationships (the db hits it counts).
        Chain();
        const string query = "MATCH (a:X {id: 1}), (c:X {id: 3}) MATCH p = allShortestPaths((a)-[:R|S*]-(c)) RETURN [n IN nodes(p) | n.id] AS ids";
        var plain = Column(query).Select(ids => string.Join(",", (IEnumerable<object?>)ids!)).Order().ToList();
        Assert.Equal(["1,2,3", "1,4,3"], plain);
        var profiled = Run("PROFILE " + query);
        Assert.Equal(plain, profiled.Rows.Select(row => string.Join(",", (IEnumerable<object?>)row[0]!)).Order());
    }
}
