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
}
