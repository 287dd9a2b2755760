using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public class SyntaxErrorTests
{
    [Fact]
    public void MisspelledKeywordIsNamedAndLocated()
    {
        const string query = "MATCH (n)\nRETRUN n";
        var error = SyntaxError(query);
        Assert.Equal(("SyntaxError", "UnexpectedSyntax", ErrorPhase.Compile), (error.ErrorClass, error.Detail, error.Phase));
        Assert.StartsWith("Invalid input 'RETRUN': expected", error.Message);
        Assert.Contains("'RETURN'", error.Message);
        Assert.Equal((2, 1, 10), (error.Line, error.Column, error.Offset));
    }

    [Fact]
    public void DescribeDrawsTheCaretUnderTheToken()
    {
        const string query = "MATCH (n) RETURN n.name AS";
        var described = SyntaxError(query).Describe(query);
        var lines = described.Split('\n');
        Assert.Equal("\"" + query + "\"", lines[1]);
        Assert.Equal(query.Length + 1, lines[2].IndexOf('^'));
        Assert.Contains("Unexpected end of input", lines[0]);
    }

    [Theory]
    [InlineData("RETURN [, ] AS literal", 9)]
    [InlineData("RETURN [[[]] AS literal", 14)]
    [InlineData("MATCH (n RETURN n", 10)]
    [InlineData("MATCH (a)-[:T]->(b RETURN a", 20)]
    [InlineData("RETURN 1 +", 11)]
    [InlineData("RETURN 9223372#54775808", 15)]
    public void ErrorsPointAtTheOffendingToken(string query, int column)
    {
        var error = SyntaxError(query);
        Assert.Equal("UnexpectedSyntax", error.Detail);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void ColumnsCountFromTheStartOfTheLine()
    {
        var error = SyntaxError("MATCH (n)\r\n  WHERE n.x = \r\nRETURN n");
        Assert.Equal((3, 1), (error.Line, error.Column));
    }

    [Fact]
    public void ReservedWordIsNotAVariable() =>
        Assert.Contains("expected an expression", SyntaxError("RETURN WHERE").Message);

    [Theory]
    [InlineData("MATCH (a)-[:LIKES..]->(c) RETURN c")]
    [InlineData("MATCH (a)-[:LIKES*-2]->(c) RETURN c")]
    public void MalformedVariableLength(string query) =>
        Assert.Equal("InvalidRelationshipPattern", SyntaxError(query).Detail);

    [Theory]
    [InlineData("RETURN 'unterminated")]
    [InlineData("RETURN 1 /* open comment")]
    [InlineData("RETURN `open name")]
    public void UnterminatedTokens(string query) => Assert.Equal("UnexpectedSyntax", SyntaxError(query).Detail);

    [Theory]
    [InlineData("MACTH (n) RETURN n", "MATCH")]
    [InlineData("MATCH (n) RETURN n LIMT 5", "LIMIT")]
    [InlineData("MATCH (n) RETURN n ODER BY n", "ORDER")]
    public void MisspeltKeywordsGetASuggestion(string query, string keyword) =>
        Assert.EndsWith($"(did you mean '{keyword}'?)", SyntaxError(query).Message);

    [Fact]
    public void ExpectationsMentionHowTheLastClauseCouldContinue() =>
        Assert.Contains("'LIMIT'", SyntaxError("MATCH (n) RETURN n FOO").Message);

    [Fact]
    public void OneStatementOnly() =>
        Assert.Equal("Invalid input 'MATCH': expected end of input", SyntaxError("RETURN 1; MATCH (n) RETURN n").Message);

    [Fact]
    public void DeepNestingIsRefusedInsteadOfOverflowingTheStack()
    {
        Assert.Contains("nested more than", SyntaxError("RETURN " + new string('[', 5000) + new string(']', 5000)).Message);
        Assert.Contains("nested more than", SyntaxError("RETURN " + new string('-', 5000) + "1").Message);
        Assert.Contains("operators in a row", SyntaxError("RETURN 1" + string.Concat(Enumerable.Repeat(" + 1", 5000))).Message);
    }

    [Fact]
    public void ReasonableNestingIsFine()
    {
        var depth = 100;
        Query("RETURN " + new string('(', depth) + "1" + new string(')', depth) + " AS x");
        Query("RETURN 1" + string.Concat(Enumerable.Repeat(" OR 1 = 1", 500)) + " AS x");
    }

    [Theory]
    [InlineData("MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "FOREACH is not supported")]
    [InlineData("RETURN \u201Cabc\u201D", "typographic quotes")]
    public void UnsupportedFormsAreExplained(string query, string explanation) =>
        Assert.Contains(explanation, SyntaxError(query).Message);
}
