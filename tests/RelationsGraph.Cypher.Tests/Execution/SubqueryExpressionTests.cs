namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>COUNT { }, COLLECT { } and EXISTS { } with Neo4j 5's semantics: correlated with the outer row.</summary>
public sealed class SubqueryExpressionTests : QueryTestBase
{
    private void People() => Run("""
        CREATE (ada:Person {name: 'Ada'}), (bob:Person {name: 'Bob'}), (cy:Person {name: 'Cy'}),
               (ada)-[:KNOWS {since: 2001}]->(bob), (ada)-[:KNOWS {since: 2010}]->(cy), (bob)-[:KNOWS {since: 2020}]->(cy),
               (ada)-[:LIKES]->(cy)
        """);

    [Fact]
    public void Count_of_a_pattern_is_per_outer_row()
    {
        People();
        var rows = Run("MATCH (p:Person) RETURN p.name AS name, COUNT { (p)-[:KNOWS]->() } AS knows ORDER BY name").Rows;
        Assert.Equal([["Ada", 2L], ["Bob", 1L], ["Cy", 0L]], rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Count_of_a_pattern_with_where_sees_outer_variables()
    {
        People();
        Assert.Equal([1L, 1L, 0L], Column("""
            MATCH (p:Person) WITH p, 2005 AS after
            RETURN COUNT { (p)-[k:KNOWS]->(other) WHERE k.since > after AND other.name <> 'Zed' } ORDER BY p.name
            """));
    }

    [Fact]
    public void Count_of_a_full_query_counts_its_rows()
    {
        People();
        Assert.Equal(3L, Scalar("MATCH (p:Person {name: 'Ada'}) RETURN COUNT { MATCH (p)-->(x) RETURN x.name } AS c"));
        Assert.Equal(2L, Scalar("MATCH (p:Person {name: 'Ada'}) RETURN COUNT { MATCH (p)-->(x) RETURN DISTINCT x.name } AS c"));
        Assert.Equal(["Ada"], Column("MATCH (p:Person) WHERE COUNT { MATCH (p)-->() } > 1 RETURN p.name"));
    }

    [Fact]
    public void Collect_gathers_the_one_returned_column()
    {
        People();
        var names = Assert.IsType<object?[]>(Scalar(
            "MATCH (p:Person {name: 'Ada'}) RETURN COLLECT { MATCH (p)-[:KNOWS]->(x) RETURN x.name ORDER BY x.name } AS names"));
        Assert.Equal(["Bob", "Cy"], names);
        Assert.Equal(Array.Empty<object?>(), Scalar("MATCH (p:Person {name: 'Cy'}) RETURN COLLECT { MATCH (p)-->(x) RETURN x } AS none"));
    }

    [Theory]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(x) RETURN x, p } AS c")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(x) } AS c")]
    public void Collect_refuses_anything_but_one_column(string query)
    {
        var error = Assert.Throws<CypherException>(() => Run(query));
        Assert.Equal("A Collect Expression must end with a single return column.", error.Message);
    }

    [Theory]
    [InlineData("MATCH (p) RETURN COUNT { MATCH (p)-->(x) SET x.seen = true } AS c", "A Count Expression cannot contain any updates")]
    [InlineData("MATCH (p) RETURN COLLECT { CREATE (x) RETURN x } AS c", "A Collect Expression cannot contain any updates")]
    [InlineData("MATCH (p) WHERE EXISTS { MATCH (p)-->(x) DELETE x } RETURN p", "An Exists Expression cannot contain any updates")]
    public void Subquery_expressions_cannot_update(string query, string message) =>
        Assert.Equal(message, Assert.Throws<CypherException>(() => Run(query)).Message);

    [Fact]
    public void Inner_variables_stay_inside()
    {
        People();
        var error = Assert.Throws<CypherException>(() => Run("MATCH (p:Person) WITH p, COUNT { (p)-->(x) } AS c RETURN x"));
        Assert.Contains("`x` not defined", error.Message);
    }

    [Fact]
    public void Exists_with_a_full_query_and_return()
    {
        People();
        Assert.Equal(["Ada", "Bob"], Column("MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:KNOWS]->(x) RETURN x } RETURN p.name ORDER BY p.name"));
    }

    [Fact]
    public void Subquery_expressions_nest()
    {
        People();
        Assert.Equal(1L, Scalar("""
            MATCH (p:Person {name: 'Ada'})
            RETURN COUNT { MATCH (p)-->(x) WHERE COUNT { (x)-->() } = 0 RETURN DISTINCT x } AS leaves
            """));
        Assert.Equal(2L, Scalar("""
            MATCH (p:Person {name: 'Ada'})
            RETURN COUNT { MATCH (p)-[:KNOWS]->(x) WHERE size(COLLECT { MATCH (x)-->(y) RETURN y }) < 5 RETURN x } AS c
            """));
    }
}
