using static RelationsGraph.Cypher.Tests.Semantics.AnalyzeHelpers;

namespace RelationsGraph.Cypher.Tests.Semantics;

public class AggregationRuleTests
{
    [Theory]
    [InlineData("MATCH (a) WHERE count(a) > 10 RETURN a")]
    [InlineData("MATCH (n) RETURN n.num1 ORDER BY max(n.num2)")]
    [InlineData("MATCH (n) WITH n.num1 AS foo ORDER BY count(n) RETURN foo")]
    [InlineData("MATCH (n) RETURN [x IN [1, 2] | count(*)] AS l")]
    [InlineData("MATCH (n) CALL test.labels(count(n)) YIELD label RETURN label")]
    [InlineData("MATCH (n) SET n.c = count(*)")]
    public void AggregatesOutsideProjections(string query) => AssertError(query, "InvalidAggregation");

    [Fact]
    public void NestedAggregates() => AssertError("RETURN count(count(*))", "NestedAggregation");

    [Fact]
    public void RandomInsideAggregate() => AssertError("RETURN count(rand())", "NonConstantExpression");

    [Theory]
    [InlineData("MATCH (me)--(you) RETURN me.age + count(you.age)")]
    [InlineData("MATCH (me)--(you) RETURN me.age + you.age, me.age + you.age + count(*)")]
    [InlineData("MATCH (me)--(you) WITH me.age + count(you.age) AS agg RETURN *")]
    [InlineData("MATCH (me)--(you) RETURN me.age + you.age, count(*) AS cnt ORDER BY me.age + you.age + count(*)")]
    public void ImplicitGroupingKeysAreAmbiguous(string query) => AssertError(query, "AmbiguousAggregationExpression");

    [Theory]
    [InlineData("MATCH (me)--(you) RETURN me.age, me.age + count(you.age) AS x")]
    [InlineData("MATCH (me)--(you) RETURN me, me.age + count(*) AS x")]
    [InlineData("MATCH (n) RETURN n.name, count(*) AS c ORDER BY n.name, c")]
    [InlineData("MATCH (n) RETURN n.name AS name, count(*) ORDER BY count(*)")]
    [InlineData("MATCH p = (n)-->() RETURN [x IN collect(p) | head(nodes(x))] AS l")]
    [InlineData("MATCH (n) RETURN count(DISTINCT n.x) AS c, collect(n) AS all")]
    public void ValidGrouping(string query) => Valid(query);

    [Fact]
    public void OrderByOnUnprojectedVariableAfterAggregation() =>
        AssertError("MATCH (me)--(you) RETURN count(you.age) AS agg ORDER BY me.age + count(you.age)", "UndefinedVariable");

    [Fact]
    public void WithItemsNeedAliases() => AssertError("MATCH (a) WITH a, count(*) RETURN a", "NoExpressionAlias");

    [Theory]
    [InlineData("RETURN 1 AS a, 2 AS a")]
    [InlineData("WITH 1 AS a, 2 AS a RETURN a")]
    public void DuplicateColumns(string query) => AssertError(query, "ColumnNameConflict");

    [Theory]
    [InlineData("MATCH (n) RETURN n SKIP n.count", "NonConstantExpression")]
    [InlineData("MATCH (n) RETURN n LIMIT n.count", "NonConstantExpression")]
    [InlineData("MATCH (n) RETURN n SKIP -1", "NegativeIntegerArgument")]
    [InlineData("MATCH (n) RETURN n LIMIT -1", "NegativeIntegerArgument")]
    [InlineData("MATCH (n) RETURN n LIMIT 1.7", "InvalidArgumentType")]
    public void SkipAndLimitMustBeConstantNonNegativeIntegers(string query, string detail) => AssertError(query, detail);

    [Fact]
    public void SkipAndLimitAcceptParametersAndArithmetic() => Valid("MATCH (n) RETURN n SKIP $s LIMIT 2 + 1");
}
