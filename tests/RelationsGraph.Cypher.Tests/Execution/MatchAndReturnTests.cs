namespace RelationsGraph.Cypher.Tests.Execution;

public sealed class MatchAndReturnTests : QueryTestBase
{
    [Fact]
    public void Create_then_match_returns_materialised_nodes()
    {
        Run("CREATE (:Person {name: 'Ada', born: 1815})");
        var node = Assert.IsType<Node>(Scalar("MATCH (p:Person) RETURN p"));
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Ada", node.Properties["name"]);
        Assert.Equal(1815L, node.Properties["born"]);
    }

    [Fact]
    public void Expands_typed_directed_relationships()
    {
        Run("CREATE (a:P {n: 'a'})-[:KNOWS]->(b:P {n: 'b'})-[:KNOWS]->(c:P {n: 'c'}), (a)-[:LIKES]->(c)");
        Assert.Equal(["b"], Column("MATCH (:P {n: 'a'})-[:KNOWS]->(x) RETURN x.n"));
        Assert.Equal(["a"], Column("MATCH (x)-[:KNOWS]->(:P {n: 'b'}) RETURN x.n"));
        Assert.Equal(["a", "c"], Column("MATCH (:P {n: 'b'})-[:KNOWS]-(x) RETURN x.n ORDER BY x.n"));
        Assert.Equal(["c"], Column("MATCH (:P {n: 'a'})-[:KNOWS]->()-[:KNOWS]->(x) RETURN x.n"));
    }

    [Fact]
    public void Where_filters_with_three_valued_logic()
    {
        Run("UNWIND [1, 2, 3, null] AS x CREATE (:N {v: x})");
        Assert.Equal([2L, 3L], Column("MATCH (n:N) WHERE n.v > 1 RETURN n.v ORDER BY n.v"));
        Assert.Equal(1L, Scalar("MATCH (n:N) WHERE n.v IS NULL RETURN count(*)"));
    }

    [Fact]
    public void Optional_match_yields_nulls()
    {
        Run("CREATE (:A {name: 'lonely'})");
        var rows = Run("MATCH (a:A) OPTIONAL MATCH (a)-->(b) RETURN a.name, b").Rows;
        Assert.Single(rows);
        Assert.Equal("lonely", rows[0][0]);
        Assert.Null(rows[0][1]);
    }

    [Fact]
    public void Relationship_uniqueness_holds_within_one_match()
    {
        Run("CREATE (a)-[:R]->(b)");
        Assert.Equal(0L, Scalar("MATCH (x)-[r1]-(y)-[r2]-(z) RETURN count(*)"));
        Assert.Equal(2L, Scalar("MATCH (x)-[r1]-(y) RETURN count(*)"));
    }

    [Fact]
    public void Variable_length_paths_respect_bounds_and_bind_paths()
    {
        Run("CREATE (a:S)-[:N]->(b)-[:N]->(c)-[:N]->(d:E)");
        Assert.Equal([1L, 2L, 3L], Column("MATCH (:S)-[rs:N*]->(x) RETURN size(rs) ORDER BY size(rs)"));
        Assert.Equal([2L], Column("MATCH (:S)-[:N*2]->(x) RETURN 2"));
        var path = Assert.IsType<Path>(Scalar("MATCH p = (:S)-[:N*]->(:E) RETURN p"));
        Assert.Equal(4, path.Nodes.Count);
        Assert.Equal(3, path.Relationships.Count);
        Assert.Equal(3L, Scalar("MATCH p = (:E)<-[:N*]-(:S) RETURN length(p)"));
    }

    [Fact]
    public void Shortest_path_finds_the_fewest_hops()
    {
        Run("CREATE (a:X {id: 1})-[:R]->(b)-[:R]->(c)-[:R]->(d:X {id: 2}), (a)-[:R]->(e)-[:R]->(d)");
        Assert.Equal(2L, Scalar("MATCH (a:X {id: 1}), (d:X {id: 2}), p = shortestPath((a)-[:R*]->(d)) RETURN length(p)"));
        Assert.Equal(1L, Scalar("MATCH (a:X {id: 1}), (d:X {id: 2}) RETURN size(allShortestPaths((a)-[:R*]->(d)))"));
    }

    [Fact]
    public void Union_removes_duplicates_and_union_all_keeps_them()
    {
        Assert.Equal([1L], Column("RETURN 1 AS x UNION RETURN 1 AS x"));
        Assert.Equal([1L, 1L], Column("RETURN 1 AS x UNION ALL RETURN 1 AS x"));
    }

    [Fact]
    public void Pattern_predicates_comprehensions_and_exists()
    {
        Run("CREATE (a:P {n: 1})-[:R]->(:Q {n: 2}), (:P {n: 3})");
        Assert.Equal([1L], Column("MATCH (p:P) WHERE (p)-[:R]->() RETURN p.n"));
        Assert.Equal([3L], Column("MATCH (p:P) WHERE NOT exists { (p)-->() } RETURN p.n"));
        Assert.Equal([new object?[] { 2L }], Column("MATCH (p:P {n: 1}) RETURN [(p)-->(q) | q.n]").Select(v => ((IReadOnlyList<object?>)v!).ToArray()));
    }

    [Fact]
    public void Indexed_lookups_by_equality_in_list_and_id_find_the_same_nodes_as_scans()
    {
        Run("UNWIND range(1, 50) AS i CREATE (:P {id: i, even: i % 2 = 0})");
        var scanned = Column("MATCH (p:P) WHERE p.id IN [3, 4, 4, 60] RETURN p.id ORDER BY p.id");
        Run("CREATE INDEX FOR (p:P) ON (p.id)");
        Assert.Equal(scanned, Column("MATCH (p:P) WHERE p.id IN [3, 4, 4, 60] RETURN p.id ORDER BY p.id"));
        Assert.Equal([7L], Column("MATCH (p:P {id: 7}) RETURN p.id"));
        Assert.Equal([8L], Column("MATCH (p:P) WHERE 8 = p.id AND p.even RETURN p.id"));
        var id = Scalar("MATCH (p:P {id: 9}) RETURN id(p)");
        Assert.Equal([9L], Column("MATCH (n) WHERE id(n) = $id RETURN n.id", new Dictionary<string, object?> { ["id"] = id }));
    }

    [Fact]
    public void Aggregation_groups_by_equivalence_and_orders_by_projected_expressions()
    {
        Run("UNWIND [1, 1.0, 2, null, null] AS v CREATE (:V {v: v, w: 1})");
        var rows = Run("MATCH (n:V) RETURN n.v AS v, count(*) AS c ORDER BY c DESC, v").Rows;
        Assert.Equal(3, rows.Count);
        Assert.Equal(2L, rows[0][1]);
        Assert.Equal(12.5, Scalar("UNWIND [10, 20] AS x RETURN percentileCont(x, 0.25)"));
        Assert.Equal(3L, Scalar("UNWIND [1, 2, 2, 3] AS x RETURN count(DISTINCT x)"));
        Assert.Equal(6L, Scalar("UNWIND [1, 2, 3] AS x RETURN sum(x)"));
    }

    [Fact]
    public void Missing_parameter_is_reported()
    {
        var error = Assert.Throws<CypherException>(() => Run("RETURN $nope"));
        Assert.Equal("ParameterMissing", error.ErrorClass);
    }
}
