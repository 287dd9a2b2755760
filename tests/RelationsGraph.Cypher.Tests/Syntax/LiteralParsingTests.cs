using RelationsGraph.Cypher.Syntax.Ast;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public class LiteralParsingTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0X7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("0o17", 15L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("-12", -12L)]
    public void Integers(string text, long expected) =>
        Assert.Equal(expected, Assert.IsType<Literal>(Expr(text)).Value);

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2.5E-1", 0.25)]
    [InlineData("-1.5", -1.5)]
    public void Floats(string text, double expected) =>
        Assert.Equal(expected, Assert.IsType<Literal>(Expr(text)).Value);

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("0x8000000000000000")]
    [InlineData("-0o1000000000000000000001")]
    public void IntegerOverflowIsASyntaxError(string text)
    {
        var error = SyntaxError("RETURN " + text);
        Assert.Equal(("SyntaxError", "IntegerOverflow", ErrorPhase.Compile), (error.ErrorClass, error.Detail, error.Phase));
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0x1A2b3j")]
    [InlineData("9223372h54775808")]
    public void MalformedNumbers(string text) =>
        Assert.Equal("InvalidNumberLiteral", SyntaxError("RETURN " + text).Detail);

    [Fact]
    public void TooLargeFloatOverflows() =>
        Assert.Equal("FloatingPointOverflow", SyntaxError("RETURN 1.34E999").Detail);

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'a\tb\nc\rd\be\ff\\g'", "a\tb\nc\rd\be\ff\\g")]
    [InlineData(@"'\u01FF'", "\u01FF")]
    [InlineData(@"'\U0001F600'", "\U0001F600")]
    [InlineData("'double \" inside single'", "double \" inside single")]
    public void Strings(string text, string expected) =>
        Assert.Equal(expected, Assert.IsType<Literal>(Expr(text)).Value);

    [Fact]
    public void BadUnicodeEscape() =>
        Assert.Equal("InvalidUnicodeLiteral", SyntaxError(@"RETURN '\uH'").Detail);

    [Fact]
    public void UnicodeDashIsNotMinus() =>
        Assert.Equal("InvalidUnicodeCharacter", SyntaxError("RETURN 42 \u2014 41").Detail);

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("Null", null)]
    public void KeywordLiteralsAreCaseInsensitive(string text, object? expected) =>
        Assert.Equal(expected, Assert.IsType<Literal>(Expr(text)).Value);

    [Fact]
    public void ListsAndMapsKeepOrder()
    {
        var list = Assert.IsType<ListLiteral>(Expr("[1, 'a', [], {}]"));
        Assert.Equal(4, list.Items.Count);
        var map = Assert.IsType<MapLiteral>(Expr("{b: 1, a: 2, `c d`: 3, end: 4}"));
        Assert.Equal(["b", "a", "c d", "end"], map.Entries.Select(e => e.Key));
    }

    [Theory]
    [InlineData("$name", "name")]
    [InlineData("$0", "0")]
    [InlineData("$`odd name`", "odd name")]
    public void Parameters(string text, string name) =>
        Assert.Equal(name, Assert.IsType<Parameter>(Expr(text)).Name);

    [Fact]
    public void CommentsAreIgnored()
    {
        var query = Query("MATCH (n) // find all\n/* block\ncomment */ RETURN n");
        Assert.Equal(2, query.Clauses.Count);
    }

    [Fact]
    public void BacktickNamesMayContainBackticks() =>
        Assert.Equal("a`b", Assert.IsType<Variable>(Expr("`a``b`")).Name);
}
