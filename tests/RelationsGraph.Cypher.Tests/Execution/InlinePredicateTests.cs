using RelationsGraph.Cypher.Tests.Planning;

namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>Neo4j 5's inline pattern predicates, (n WHERE ...) and -[r WHERE ...]->, which mean the clause's WHERE.</summary>
public sealed class InlinePredicateTests : QueryTestBase
{
    private const string Graph = "CREATE (:P {n: 1})-[:R {w: 5}]->(:P {n: 2})-[:R {w: 1}]->(:P {n: 3})";

    [Fact]
    public void Inline_predicates_filter_matches()
    {
        Run(Graph);
        Assert.Equal([2L], Column("MATCH (a:P WHERE a.n > 1)-[r:R WHERE r.w < 3]->(b) RETURN a.n"));
        Assert.Equal([1L], Column("MATCH (a WHERE a.n < 3)-->(b WHERE b.n > 1) WHERE a.n = 1 RETURN a.n"));
        Assert.Equal([1L, 0L, 0L], Column("MATCH (a:P) RETURN COUNT { (a)-[r WHERE r.w > 2]->() } ORDER BY a.n"));
        Assert.Equal(new object?[] { 3L }, Scalar("MATCH (a:P {n: 2}) RETURN [(a)-->(b WHERE b.n > 2) | b.n] AS l"));
        Assert.Equal([1L], Column("MATCH (a:P) WHERE EXISTS { (a)-->(b WHERE b.n = 2) } RETURN a.n"));
    }

    [Fact]
    public void An_inline_element_id_predicate_is_a_seek()
    {
        var setup = Graph;
        var id = (string)CountingReader.Run(setup, "MATCH (p:P {n: 2}) RETURN elementId(p)").Result.Rows[0][0]!;
        var (result, reader) = CountingReader.Run(setup, "MATCH (p WHERE elementId(p) = $id) RETURN p.n", new Dictionary<string, object?> { ["id"] = id });
        Assert.Equal(2L, Assert.Single(result.Rows)[0]);
        Assert.Equal(0, reader.NodeScans);
    }

    [Theory]
    [InlineData("CREATE (a WHERE a.n = 1)", "WHERE is not allowed inside a CREATE pattern")]
    [InlineData("MERGE (a)-[r:R WHERE r.w = 1]->(b)", "WHERE is not allowed inside a MERGE pattern")]
    [InlineData("MATCH (a)-[r*1..2 WHERE r.w = 1]->(b) RETURN a", "Relationship pattern predicates are not allowed when a path length is specified")]
    [InlineData("MATCH (a WHERE x.n = 1) RETURN a", "Variable `x` not defined")]
    public void Misplaced_inline_predicates_are_refused(string query, string message) =>
        Assert.Contains(message, Assert.Throws<CypherException>(() => Run(query)).Message);
}
