namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// Eager goes only where a write could change what an earlier lazy read of the same rows sees (the
/// read-after-write rule): linking bound nodes found by node reads needs none; a read of relationships,
/// or a write that adds nodes or sets properties, still gets one and answers as before.
/// </summary>
public sealed class EagerPlacementTests : IDisposable
{
    private readonly GraphDatabase db = GraphDatabase.CreateInMemory();

    public EagerPlacementTests()
    {
        db.Execute("CREATE CONSTRAINT n_id FOR (n:N) REQUIRE n.id IS UNIQUE");
        db.Execute("UNWIND range(1, 3) AS i CREATE (:N {id: i})");
    }

    public void Dispose() => db.Dispose();

    private static readonly Dictionary<string, object?> Pairs = new()
    {
        ["rows"] = new List<object?>
        {
            new Dictionary<string, object?> { ["a"] = 1L, ["b"] = 2L },
            new Dictionary<string, object?> { ["a"] = 2L, ["b"] = 3L },
            new Dictionary<string, object?> { ["a"] = 1L, ["b"] = 2L },
        },
    };

    private bool HasEager(string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        db.Execute("EXPLAIN " + query, parameters).Plan!.Flatten().Any(step => step.Operator == "Eager");

    private object? Scalar(string query) => db.Execute(query).Rows.Single()[0];

    private string Links() => string.Join(",", db.Execute("MATCH (a:N)-[r]->(b:N) RETURN a.id + '>' + b.id AS l ORDER BY l").Rows.Select(r => r[0]));

    [Theory]
    [InlineData("UNWIND $rows AS row MATCH (a:N {id: row.a}), (b:N {id: row.b}) CREATE (a)-[:R]->(b)", "1>2,1>2,2>3")]
    [InlineData("UNWIND $rows AS row MATCH (a:N {id: row.a}), (b:N {id: row.b}) MERGE (a)-[:R]->(b)", "1>2,2>3")]
    [InlineData("UNWIND $rows AS row CALL { WITH row MATCH (a:N {id: row.a}), (b:N {id: row.b}) CREATE (a)-[:R]->(b) } IN TRANSACTIONS OF 2 ROWS", "1>2,1>2,2>3")]
    [InlineData("UNWIND $rows AS row CALL { WITH row MATCH (a:N {id: row.a}) MATCH (b:N) WHERE b.id = row.b MERGE (a)-[:R]->(b) }", "1>2,2>3")]
    public void Linking_nodes_found_by_node_reads_needs_no_eager(string query, string links)
    {
        Assert.False(HasEager(query, Pairs));
        db.Execute(query, Pairs);
        Assert.Equal(links, Links());
    }

    [Fact]
    public void Every_pair_of_a_node_scan_is_linked_once_without_an_eager()
    {
        const string query = "MATCH (a:N), (b:N) WHERE a.id < b.id CREATE (a)-[:R]->(b)";
        Assert.False(HasEager(query));
        db.Execute(query);
        Assert.Equal("1>2,1>3,2>3", Links());
    }

    [Fact]
    public void Reading_the_relationships_one_creates_keeps_the_eager_and_ends()
    {
        db.Execute("MATCH (a:N {id: 1}), (b:N {id: 2}) CREATE (a)-[:R]->(b)");
        const string query = "MATCH (a:N)-[:R]->(b) CREATE (a)-[:R]->(b)";
        Assert.True(HasEager(query));
        db.Execute(query); // without an Eager this would find its own relationships and never end
        Assert.Equal(2L, Scalar("MATCH ()-[r:R]->() RETURN count(r)"));
    }

    [Fact]
    public void A_pattern_predicate_on_relationships_sees_none_of_the_statement_s_own()
    {
        // Lazily, linking 1>2 would hide the pair (2, 1) from NOT (a)--(b); clause by clause, every pair is linked.
        const string query = "MATCH (a:N), (b:N) WHERE a <> b AND NOT (a)--(b) CREATE (a)-[:R]->(b)";
        Assert.True(HasEager(query));
        db.Execute(query);
        Assert.Equal(6L, Scalar("MATCH ()-[r:R]->() RETURN count(r)"));
        db.Execute("MATCH ()-[r]->() DELETE r");
        db.Execute("MATCH (a:N), (b:N) WHERE a <> b AND NOT (a)--(b) MERGE (a)-[:R]->(b)");
        Assert.Equal(6L, Scalar("MATCH ()-[r:R]->() RETURN count(r)"));
    }

    [Fact]
    public void A_projection_reading_relationships_sees_none_of_the_statement_s_own()
    {
        const string query = "MATCH (a:N), (b:N) WHERE a <> b WITH a, b, size([(a)--(x) | x]) AS d CREATE (a)-[:R {d: d}]->(b)";
        Assert.True(HasEager(query));
        db.Execute(query);
        Assert.Equal(0L, Scalar("MATCH ()-[r:R]->() RETURN max(r.d)"));
    }

    [Theory]
    [InlineData("MATCH (a:N) CREATE (a)-[:R]->(:N {id: a.id + 10})", 42L)] // new nodes: the scan must not reach them
    [InlineData("MATCH (a:N), (b:N) WHERE a.id < b.id MERGE (a)-[:R]->(b) ON CREATE SET b.id = b.id + 10", 36L)] // pairs read before any id moves
    public void Writes_that_add_nodes_or_set_properties_keep_the_eager(string query, long idSum)
    {
        Assert.True(HasEager(query));
        db.Execute(query);
        Assert.Equal(idSum, Scalar("MATCH (n:N) RETURN sum(n.id)"));
    }
}
