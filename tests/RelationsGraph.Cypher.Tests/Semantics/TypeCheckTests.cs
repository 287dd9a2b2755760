using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax;
using static RelationsGraph.Cypher.Tests.Semantics.AnalyzeHelpers;

namespace RelationsGraph.Cypher.Tests.Semantics;

public class TypeCheckTests
{
    [Theory]
    [InlineData("RETURN 123 AND true")]
    [InlineData("RETURN false OR 'foo'")]
    [InlineData("RETURN [true] XOR false")]
    [InlineData("RETURN NOT {}")]
    [InlineData("RETURN 1 IN true")]
    [InlineData("RETURN 1 IN {x: []}")]
    [InlineData("MATCH p = (a) RETURN labels(p) AS l")]
    [InlineData("MATCH (r) RETURN type(r)")]
    [InlineData("RETURN properties('Cypher')")]
    [InlineData("MATCH p = (a)-[*]->(b) RETURN size(p)")]
    [InlineData("MATCH ()-[r]->() RETURN length(r)")]
    [InlineData("MATCH (n) MATCH r = (n)-[*]->() WHERE r.name = 'apa' RETURN r")]
    [InlineData("RETURN all(x IN ['Clara'] WHERE x % 2 = 0) AS result")]
    [InlineData("MATCH (n) WHERE (n) RETURN n")]
    public void CertainTypeErrorsAreCompileTimeSyntaxErrors(string query) => AssertError(query, "InvalidArgumentType");

    [Theory]
    [InlineData("WITH 123 AS x RETURN x.num")]
    [InlineData("WITH 'string' AS x RETURN x.num")]
    [InlineData("WITH [123, true] AS x RETURN x.num")]
    public void PropertyAccessOnPlainValuesIsATypeError(string query) => AssertError(query, "InvalidArgumentType", "TypeError");

    [Theory]
    [InlineData("RETURN null AND true, $p OR false")]
    [InlineData("MATCH (n) RETURN n.x AND n.y")]
    [InlineData("RETURN 'a' + 1, [1] + 2, 1 + 2.5, $d - $e")]
    [InlineData("WITH {a: 1} AS m RETURN m.a")]
    [InlineData("UNWIND [1, 2] AS x RETURN x % 2")]
    [InlineData("RETURN 1 IN null, 1 IN [1], 1 IN $list")]
    public void UnknownOrCompatibleTypesPass(string query) => Valid(query);

    [Fact]
    public void UnknownFunctionIsReported()
    {
        // Aggregates are known without the function registry; a made-up name never is.
        var error = Invalid("RETURN notAFunction(1)");
        Assert.Equal(("SyntaxError", "UnknownFunction"), (error.ErrorClass, error.Detail));
        Assert.Contains("notAFunction", error.Message);
        Valid("MATCH (n) RETURN collect(n) AS c, stDev(n.x) AS s, percentileCont(n.x, 0.5) AS p");
    }

    [Fact]
    public void SchemaCommandsNeedNoAnalysis() =>
        SemanticAnalyzer.Analyze(CypherParser.Parse("CREATE INDEX FOR (n:L) ON (n.p)"));
}
