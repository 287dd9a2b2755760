using RelationsGraph.Cypher.Tests.Execution;

namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// The planner reads the variables the semantic pass bound: which pattern element refers to which variable,
/// even where the planner moves a variable to another slot (grouping keys after aggregation).
/// </summary>
public sealed class BindingTests : QueryTestBase
{
    [Fact]
    public void A_pattern_comprehension_after_aggregation_reads_the_grouping_key()
    {
        Run("CREATE (a:A {n: 1})-[:R]->(:B), (a)-[:R]->(:B), (:A {n: 2})-[:R]->(:B)");
        var rows = Run("MATCH (a:A)-->(b) WITH a, count(b) AS c RETURN a.n, c, size([(a)-->(x) | x]) AS again ORDER BY a.n").Rows;
        Assert.Equal([[1L, 2L, 2L], [2L, 1L, 1L]], rows.Select(r => r.ToArray()));
        rows = Run("MATCH (a:A)-->(b) RETURN a.n AS n, a, count(b) + COUNT { (a)-->(x:B) } AS both ORDER BY n").Rows;
        Assert.Equal([[1L, 4L], [2L, 2L]], rows.Select(r => new[] { r[0], r[2] }));
    }
}
