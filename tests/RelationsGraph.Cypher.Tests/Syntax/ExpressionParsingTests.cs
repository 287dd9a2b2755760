using RelationsGraph.Cypher.Syntax.Ast;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public class ExpressionParsingTests
{
    [Fact]
    public void MultiplicationBindsTighterThanAddition()
    {
        var add = Assert.IsType<Binary>(Expr("1 + 2 * 3"));
        Assert.Equal(BinaryOperator.Add, add.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<Binary>(add.Right).Operator);
    }

    [Fact]
    public void PowerIsLeftAssociativeAndBindsLooserThanUnaryMinus()
    {
        var power = Assert.IsType<Binary>(Expr("2 ^ 3 ^ 2"));
        Assert.Equal(BinaryOperator.Power, Assert.IsType<Binary>(power.Left).Operator);

        var negative = Assert.IsType<Binary>(Expr("-3 ^ 2"));
        Assert.Equal(-3L, Assert.IsType<Literal>(negative.Left).Value);
    }

    [Fact]
    public void BooleanPrecedenceIsOrXorAndNot()
    {
        // a OR (b XOR (c AND (NOT d)))
        var or = Assert.IsType<Binary>(Expr("a OR b XOR c AND NOT d"));
        Assert.Equal(BinaryOperator.Or, or.Operator);
        var xor = Assert.IsType<Binary>(or.Right);
        Assert.Equal(BinaryOperator.Xor, xor.Operator);
        var and = Assert.IsType<Binary>(xor.Right);
        Assert.Equal(BinaryOperator.And, and.Operator);
        Assert.Equal(UnaryOperator.Not, Assert.IsType<Unary>(and.Right).Operator);
    }

    [Fact]
    public void NotAppliesToAWholeComparison()
    {
        var not = Assert.IsType<Unary>(Expr("NOT a = b"));
        Assert.Equal(BinaryOperator.Equal, Assert.IsType<Binary>(not.Operand).Operator);
    }

    [Fact]
    public void ChainedComparisonsBecomeConjunctions()
    {
        var and = Assert.IsType<Binary>(Expr("1 < n.x <= 3"));
        Assert.Equal(BinaryOperator.And, and.Operator);
        var first = Assert.IsType<Binary>(and.Left);
        var second = Assert.IsType<Binary>(and.Right);
        Assert.Equal(BinaryOperator.LessThan, first.Operator);
        Assert.Equal(BinaryOperator.LessThanOrEqual, second.Operator);
        Assert.Equal("x", Assert.IsType<PropertyAccess>(second.Left).Key);
    }

    [Fact]
    public void PredicatesBindTighterThanComparison()
    {
        // (a IS NULL) = (b IN c)
        var equal = Assert.IsType<Binary>(Expr("a IS NULL = b IN c"));
        Assert.IsType<IsNull>(equal.Left);
        Assert.Equal(BinaryOperator.In, Assert.IsType<Binary>(equal.Right).Operator);
    }

    [Theory]
    [InlineData("a STARTS WITH 'x'", BinaryOperator.StartsWith)]
    [InlineData("a ENDS WITH 'x'", BinaryOperator.EndsWith)]
    [InlineData("a CONTAINS 'x'", BinaryOperator.Contains)]
    [InlineData("a =~ 'x.*'", BinaryOperator.RegexMatch)]
    [InlineData("a IN [1]", BinaryOperator.In)]
    [InlineData("a <> 1", BinaryOperator.NotEqual)]
    [InlineData("a != 1", BinaryOperator.NotEqual)]
    [InlineData("a % 2", BinaryOperator.Modulo)]
    public void StringListAndOtherOperators(string text, BinaryOperator expected) =>
        Assert.Equal(expected, Assert.IsType<Binary>(Expr(text)).Operator);

    [Fact]
    public void IsNotNull() => Assert.True(Assert.IsType<IsNull>(Expr("a.b IS NOT NULL")).Negated);

    [Fact]
    public void IndexingSlicingAndProperties()
    {
        var slice = Assert.IsType<Slice>(Expr("a.list[1..]"));
        Assert.NotNull(slice.From);
        Assert.Null(slice.To);
        Assert.Null(Assert.IsType<Slice>(Expr("l[..2]")).From);
        var subscript = Assert.IsType<Subscript>(Expr("m['k'][0]"));
        Assert.IsType<Subscript>(subscript.Target);
    }

    [Fact]
    public void LabelPredicate()
    {
        var check = Assert.IsType<LabelCheck>(Expr("n:Person:Admin"));
        Assert.Equal(["Person", "Admin"], check.Labels);
    }

    [Fact]
    public void FunctionCalls()
    {
        var call = Assert.IsType<FunctionCall>(Expr("toLower(n.name)"));
        Assert.Equal("toLower", call.Name);
        Assert.Equal("date.truncate", Assert.IsType<FunctionCall>(Expr("date.truncate('day', d)")).Name);
        Assert.True(Assert.IsType<FunctionCall>(Expr("count(DISTINCT x)")).Distinct);
        Assert.IsType<CountStar>(Expr("count(*)"));
        Assert.IsType<CountStar>(Expr("COUNT( * )"));
    }

    [Fact]
    public void CaseForms()
    {
        var generic = Assert.IsType<Case>(Expr("CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END"));
        Assert.Null(generic.Subject);
        Assert.Equal(2, generic.Alternatives.Count);
        Assert.NotNull(generic.Else);

        var simple = Assert.IsType<Case>(Expr("CASE x WHEN 1 THEN 'one' END"));
        Assert.IsType<Variable>(simple.Subject);
        Assert.Null(simple.Else);
    }

    [Fact]
    public void Comprehensions()
    {
        var list = Assert.IsType<ListComprehension>(Expr("[x IN range(1, 10) WHERE x % 2 = 0 | x * 2]"));
        Assert.Equal("x", list.Variable);
        Assert.NotNull(list.Where);
        Assert.NotNull(list.Projection);

        var pattern = Assert.IsType<PatternComprehension>(Expr("[p = (a)-[:KNOWS]->(b) WHERE b.age > 3 | b.name]"));
        Assert.Equal("p", pattern.PathVariable);
        Assert.Single(pattern.Pattern.Relationships);

        Assert.IsType<ListLiteral>(Expr("[(1 + 2), (a)]"));
    }

    [Theory]
    [InlineData("all", QuantifierKind.All)]
    [InlineData("ANY", QuantifierKind.Any)]
    [InlineData("none", QuantifierKind.None)]
    [InlineData("single", QuantifierKind.Single)]
    public void Quantifiers(string word, QuantifierKind kind)
    {
        var quantifier = Assert.IsType<Quantifier>(Expr($"{word}(x IN list WHERE x > 1)"));
        Assert.Equal(kind, quantifier.Kind);
        Assert.Equal("x", quantifier.Variable);
    }

    [Fact]
    public void Reduce()
    {
        var reduce = Assert.IsType<Reduce>(Expr("reduce(acc = 0, x IN [1, 2] | acc + x)"));
        Assert.Equal(("acc", "x"), (reduce.Accumulator, reduce.Variable));
    }

    [Fact]
    public void MapProjection()
    {
        var projection = Assert.IsType<MapProjection>(Expr("n {.name, .*, age: n.age + 1, other}"));
        Assert.Equal("n", projection.Variable);
        Assert.Collection(projection.Items,
            item => Assert.Equal("name", Assert.IsType<PropertySelector>(item).Key),
            item => Assert.IsType<AllPropertiesSelector>(item),
            item => Assert.Equal("age", Assert.IsType<LiteralEntry>(item).Key),
            item => Assert.Equal("other", Assert.IsType<VariableSelector>(item).Variable));
    }

    [Fact]
    public void PatternPredicateVersusParentheses()
    {
        var where = Clause<MatchClause>("MATCH (a) WHERE (a)-[:T]->() AND (a.x) > 1 RETURN a").Where;
        var and = Assert.IsType<Binary>(where);
        Assert.IsType<PatternPredicate>(and.Left);
        Assert.IsType<PropertyAccess>(Assert.IsType<Binary>(and.Right).Left);
    }

    [Fact]
    public void ExistsSubqueries()
    {
        var shortForm = Assert.IsType<ExistsSubquery>(Expr("EXISTS { (a)-->(b) WHERE b.x = 1 }"));
        Assert.NotNull(shortForm.Pattern);
        Assert.NotNull(shortForm.Where);

        var fullForm = Assert.IsType<ExistsSubquery>(Expr("exists { MATCH (a)-->(b) RETURN b }"));
        Assert.Equal(2, fullForm.Query!.Clauses.Count);

        Assert.Equal("exists", Assert.IsType<FunctionCall>(Expr("exists(n.prop)")).Name);
    }

    [Fact]
    public void ShortestPathExpression()
    {
        var shortest = Assert.IsType<ShortestPathExpression>(Expr("shortestPath((a)-[*]-(b))"));
        Assert.Equal(ShortestPathKind.Shortest, shortest.Part.Shortest);
    }

    [Fact]
    public void SpansCoverTheExpression()
    {
        var add = Assert.IsType<Binary>(Expr("a.b + 10"));
        Assert.Equal((7, 8, 1, 8), (add.Span.Offset, add.Span.Length, add.Span.Line, add.Span.Column));
        Assert.Equal((13, 2), (add.Right.Span.Offset, add.Right.Span.Length));
    }
}
