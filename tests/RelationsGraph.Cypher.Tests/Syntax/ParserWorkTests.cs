using System.Diagnostics;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Parsing;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>
/// The parser's work grows linearly with the input, whatever the nesting of ambiguous brackets, and
/// hostile literals are refused after one scan. Work is counted in tokens consumed (re-reads after
/// backtracking included), so the tests do not depend on the machine's speed.
/// </summary>
public sealed class ParserWorkTests
{
    private static string Nest(string open, string close, int depth) =>
        "RETURN " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

    private static int Work(string query)
    {
        var parser = new Parser(query);
        parser.ParseStatement();
        return parser.TokensConsumed;
    }

    [Theory]
    [InlineData("{a: ", "}")]
    [InlineData("({a: ", "})")]
    [InlineData("[({a: ", "})]")]
    [InlineData("[(n {a: ", "})-->(m) | 1]")]
    [InlineData("(({a: ", "}))")]
    [InlineData("EXISTS { (n {a: ", "}) }")]
    public void Nested_ambiguous_brackets_cost_linear_work(string open, string close)
    {
        var shallow = Work(Nest(open, close, 6));
        var deep = Work(Nest(open, close, 12));
        // Twice the depth, about twice the work; backtracking without memo tripled it per level.
        Assert.InRange(deep, shallow, shallow * 3);
        Assert.InRange(deep, 1, Nest(open, close, 12).Length * 10);
    }

    [Fact]
    public void The_hostile_nested_map_of_26_levels_parses_at_once()
    {
        var clock = Stopwatch.StartNew();
        CypherParser.Parse(Nest("({a:", "})", 26));
        CypherParser.Parse(Nest("[({a:", "})]", 26));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_a_clear_syntax_error()
    {
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(Nest("[({a:", "})]", 300)));
        Assert.Equal("SyntaxError", error.ErrorClass);
        Assert.Equal("NestingTooDeep", error.Detail);
        Assert.Contains("nested more than 200 levels", error.Message);
    }

    [Fact]
    public void A_lower_nesting_limit_is_honoured()
    {
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(Nest("{a:", "}", 20), 10, CancellationToken.None, out _));
        Assert.Equal("NestingTooDeep", error.Detail);
        CypherParser.Parse(Nest("{a:", "}", 5), 10, CancellationToken.None, out var deepest);
        Assert.InRange(deepest, 5, 10);
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0o")]
    [InlineData("")]
    public void A_literal_of_a_million_digits_is_refused_after_one_scan(string prefix)
    {
        var digits = new string(prefix == "0o" ? '7' : '9', 1_000_000);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse("RETURN " + prefix + digits));
        Assert.Equal("IntegerOverflow", error.Detail);
        Assert.True(error.Message.Length < 200, "the message names the literal without echoing it");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("RETURN -9223372036854775808 AS x", long.MinValue)]
    [InlineData("RETURN 0x7fffffffffffffff AS x", long.MaxValue)]
    [InlineData("RETURN -0x8000000000000000 AS x", long.MinValue)]
    [InlineData("RETURN 0o777 AS x", 511L)]
    [InlineData("RETURN 000000000000000000000000000042 AS x", 42L)]
    public void Integer_literals_at_the_edges_keep_their_values(string query, long expected)
    {
        var item = ParseHelpers.Clause<RelationsGraph.Cypher.Syntax.Ast.ReturnClause>(query).Body.Items.Single();
        Assert.Equal(expected, Assert.IsType<RelationsGraph.Cypher.Syntax.Ast.Literal>(item.Expression).Value);
    }

    [Theory]
    [InlineData("RETURN 12\u0b6d")] // a digit of another script inside a number (AFL finding: InvalidOperationException)
    [InlineData("RETURN 2.4\u0b6d")] // and inside a float (AFL finding: FormatException)
    [InlineData("RETURN \u0b6d")]
    public void Digits_of_other_scripts_are_not_number_digits(string query)
    {
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(query));
        Assert.Equal("SyntaxError", error.ErrorClass);
    }

    [Fact]
    public void Parsing_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var query = "RETURN " + string.Join(" + ", Enumerable.Repeat("[1, 2, 3]", 500));
        Assert.ThrowsAny<OperationCanceledException>(() => CypherParser.Parse(query, 200, cancelled.Token, out _));
    }
}
