using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Functions;

public class StringFunctionsTests
{
    [Fact]
    public void Case_conversion()
    {
        Assert.Equal("abc", Call.Function("toLower", "AbC"));
        Assert.Equal("ABC", Call.Function("toUpper", "AbC"));
        Assert.Equal("ABC", Call.Function("upper", "abc"));
        Assert.Null(Call.Function("toLower", null));
    }

    [Fact]
    public void Trimming()
    {
        Assert.Equal("a b", Call.Function("trim", "  a b \t"));
        Assert.Equal("a  ", Call.Function("ltrim", "  a  "));
        Assert.Equal("  a", Call.Function("rtrim", "  a  "));
        Assert.Equal("a", Call.Function("ltrim", "xxa", "x"));
    }

    [Fact]
    public void Replace_all_occurrences()
    {
        Assert.Equal("hexxo", Call.Function("replace", "hello", "l", "x"));
        Assert.Equal("-a-b-", Call.Function("replace", "ab", "", "-"));
        Assert.Null(Call.Function("replace", "hello", null, "x"));
    }

    [Fact]
    public void Substring_left_and_right_clamp_to_the_string()
    {
        Assert.Equal("ell", Call.Function("substring", "hello", 1L, 3L));
        Assert.Equal("llo", Call.Function("substring", "hello", 2L));
        Assert.Equal("", Call.Function("substring", "hello", 10L));
        Assert.Equal("lo", Call.Function("substring", "hello", 3L, 100L));
        Assert.Equal("he", Call.Function("left", "hello", 2L));
        Assert.Equal("hello", Call.Function("left", "hello", 20L));
        Assert.Equal("lo", Call.Function("right", "hello", 2L));
        Assert.Equal("", Call.Function("right", "hello", 0L));
    }

    [Fact]
    public void Positions_and_lengths_count_code_points()
    {
        Assert.Equal(3L, Call.Function("size", "a😀b"));
        Assert.Equal("😀b", Call.Function("substring", "a😀b", 1L));
        Assert.Equal("😀", Call.Function("substring", "a😀b", 1L, 1L));
        Assert.Equal("a😀", Call.Function("left", "a😀b", 2L));
        Assert.Equal("😀b", Call.Function("right", "a😀b", 2L));
    }

    [Fact]
    public void Negative_positions_are_out_of_range()
    {
        Assert.Equal("NumberOutOfRange", Call.Failing("substring", "hello", -1L).Detail);
        Assert.Equal("NumberOutOfRange", Call.Failing("left", "hello", -1L).Detail);
    }

    [Fact]
    public void Split_keeps_empty_pieces()
    {
        Assert.Equal(List("one", "two"), Call.Function("split", "one1two", "1"));
        Assert.Equal(List("a", "", "b", ""), Call.Function("split", "a,,b,", ","));
        Assert.Equal(List("a", "b", "c"), Call.Function("split", "a,b;c", List(",", ";")));
        Assert.Equal(List("a", "b"), Call.Function("split", "ab", ""));
        Assert.Null(Call.Function("split", null, ","));
    }

    [Fact]
    public void Non_string_arguments_fail_with_InvalidArgumentValue() =>
        Assert.Equal("InvalidArgumentValue", Call.Failing("toUpper", 1L).Detail);
}
