using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Functions;

public class ListFunctionsTests
{
    [Fact]
    public void Size_of_lists_and_strings()
    {
        Assert.Equal(3L, Call.Function("size", List(1L, null, 3L)));
        Assert.Equal(5L, Call.Function("size", "hello"));
        Assert.Null(Call.Function("size", null));
    }

    [Fact]
    public void Head_last_and_tail()
    {
        Assert.Equal(1L, Call.Function("head", List(1L, 2L, 3L)));
        Assert.Equal(3L, Call.Function("last", List(1L, 2L, 3L)));
        Assert.Equal(List(2L, 3L), Call.Function("tail", List(1L, 2L, 3L)));
        Assert.Null(Call.Function("head", List()));
        Assert.Null(Call.Function("last", List()));
        Assert.Equal(List(), Call.Function("tail", List()));
        Assert.Null(Call.Function("tail", null));
    }

    [Theory]
    [InlineData(0L, 10L, 1L, new long[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData(2L, 18L, 3L, new long[] { 2, 5, 8, 11, 14, 17 })]
    [InlineData(10L, 0L, -3L, new long[] { 10, 7, 4, 1 })]
    [InlineData(0L, -1L, 1L, new long[0])]
    [InlineData(5L, 5L, -1L, new long[] { 5 })]
    [InlineData(9223372036854775806L, 9223372036854775807L, 5L, new long[] { 9223372036854775806 })]
    public void Range_is_inclusive_and_steps_either_way(long start, long end, long step, long[] expected) =>
        Assert.Equal(expected.Cast<object?>().ToList(), Call.Function("range", start, end, step));

    [Fact]
    public void Range_defaults_to_step_one() => Assert.Equal(List(1L, 2L, 3L), Call.Function("range", 1L, 3L));

    [Fact]
    public void Range_with_step_zero_is_out_of_range()
    {
        var error = Call.Failing("range", 2L, 8L, 0L);
        Assert.Equal(("ArgumentError", "NumberOutOfRange"), (error.ErrorClass, error.Detail));
    }

    [Theory]
    [MemberData(nameof(InvalidRangeArguments))]
    public void Range_with_non_integer_bounds_is_an_argument_type_error(object? start, object? end, object? step)
    {
        var error = Call.Failing("range", start, end, step);
        Assert.Equal(("ArgumentError", "InvalidArgumentType"), (error.ErrorClass, error.Detail));
    }

    public static TheoryData<object?, object?, object?> InvalidRangeArguments() => new()
    {
        { true, 1L, 1L }, { 0L, 1.1, 1L }, { -0.0, 1L, 1L }, { 0L, 1L, "xyz" }, { List(0L), 1L, 1L }, { 0L, 1L, Map("step", 1L) },
    };

    [Fact]
    public void Reverse_works_on_lists_and_strings()
    {
        Assert.Equal(List(3L, 2L, 1L), Call.Function("reverse", List(1L, 2L, 3L)));
        Assert.Equal("cba", Call.Function("reverse", "abc"));
        Assert.Equal("😀a", Call.Function("reverse", "a😀"));
        Assert.Null(Call.Function("reverse", null));
    }

    [Fact]
    public void IsEmpty_on_strings_lists_and_maps()
    {
        Assert.Equal(true, Call.Function("isEmpty", ""));
        Assert.Equal(false, Call.Function("isEmpty", List(1L)));
        Assert.Equal(true, Call.Function("isEmpty", Map()));
        Assert.Throws<CypherException>(() => Call.Function("isEmpty", 1L));
    }
}
