using static RelationsGraph.Cypher.Tests.Semantics.AnalyzeHelpers;

namespace RelationsGraph.Cypher.Tests.Semantics;

public class ScopingTests
{
    [Theory]
    [InlineData("MATCH (a)-[r]->(b) WHERE a.x = b.x RETURN a, r, b")]
    [InlineData("MATCH (a) WITH a, a.x AS x WHERE x > 1 RETURN a, x")]
    [InlineData("MATCH (a) WITH a.name AS name WHERE a.name = 'B' RETURN name")]
    [InlineData("UNWIND [1, 2] AS x WITH x ORDER BY x RETURN x")]
    [InlineData("MATCH (a) RETURN a.x AS x ORDER BY a.y")]
    [InlineData("RETURN [x IN [1, 2] WHERE x > 1 | x * 2] AS l")]
    [InlineData("MATCH (a) RETURN [(a)-->(b) | b.name] AS names")]
    [InlineData("MATCH (a) WHERE EXISTS { MATCH (a)-->(b) WHERE b.x = 1 } RETURN a")]
    [InlineData("MATCH (a) WHERE exists { (a)-->(b) WHERE b.y = 2 } RETURN a")]
    [InlineData("MATCH (a) RETURN a {.name, .*} AS m")]
    [InlineData("CREATE (a)-[:T]->(b) WITH * RETURN a, b")]
    [InlineData("MATCH (a) SET a.x = 1 REMOVE a:L DELETE a")]
    public void ValidQueries(string query) => Valid(query);

    [Theory]
    [InlineData("MATCH () RETURN foo")]
    [InlineData("MATCH (a) SET a.name = missing RETURN a")]
    [InlineData("MATCH (a) DELETE x")]
    [InlineData("CREATE (b {name: missing}) RETURN b")]
    [InlineData("MERGE (n) ON CREATE SET x.num = 1")]
    [InlineData("MATCH (a), (b) WITH a RETURN b")]
    [InlineData("MATCH (a) RETURN DISTINCT a.name ORDER BY a.age")]
    [InlineData("MATCH (n) WHERE (n)-[r]->() RETURN n")]
    [InlineData("RETURN [x IN [1] | y] AS l")]
    public void UndefinedVariables(string query) => AssertError(query, "UndefinedVariable");

    [Fact]
    public void UndefinedVariableIsLocated()
    {
        var error = Invalid("MATCH (s)\nWHERE s.name = undefinedVariable\nRETURN s");
        Assert.Equal((2, 16), (error.Line, error.Column));
        Assert.Contains("undefinedVariable", error.Message);
    }

    [Fact]
    public void ComprehensionVariablesDoNotLeak() => AssertError("RETURN [x IN [1] | x] AS l, x", "UndefinedVariable");

    [Fact]
    public void ReturnStarNeedsVariables() => AssertError("MATCH () RETURN *", "NoVariablesInScope");

    [Theory]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b")]
    [InlineData("RETURN 1 AS a UNION ALL RETURN 2 AS b")]
    public void UnionColumnsMustMatch(string query) => AssertError(query, "DifferentColumnsInUnion");

    [Fact]
    public void UnionAndUnionAllDoNotMix() =>
        AssertError("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", "InvalidClauseComposition");

    [Fact]
    public void UnionWithSameColumns() => Valid("MATCH (a) RETURN a.x AS x UNION MATCH (b) RETURN b.y AS x");

    [Theory]
    [InlineData("MATCH (n) RETURN n MATCH (m) RETURN m")]
    [InlineData("MATCH (n)")]
    [InlineData("MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.prop = 'fail' } RETURN n")]
    public void ClauseComposition(string query) => AssertError(query, "InvalidClauseComposition");

    [Fact]
    public void ProcedureYields()
    {
        AssertError("WITH 'Hi' AS label CALL test.labels() YIELD label RETURN *", "VariableAlreadyBound");
        AssertError("CALL test.my.proc(null) YIELD a, b AS a RETURN a", "VariableAlreadyBound");
        AssertError("CALL test.my.proc('x') YIELD * RETURN city", "UnexpectedSyntax");
        Valid("CALL test.my.proc('x') YIELD *");
        Valid("CALL test.my.proc(1) YIELD out AS o WHERE o > 1 RETURN o");
    }
}
