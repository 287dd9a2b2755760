using RelationsGraph.Cypher.Functions;

namespace RelationsGraph.Cypher.Tests.Functions;

public class FunctionRegistryTests
{
    [Theory]
    [InlineData("toInteger")]
    [InlineData("TOINTEGER")]
    [InlineData("nOdEs")]
    [InlineData("coalesce")]
    public void Names_are_case_insensitive(string name) => Assert.True(FunctionRegistry.Contains(name));

    [Theory]
    [InlineData("count")]
    [InlineData("collect")]
    [InlineData("noSuchFunction")]
    public void Aggregates_and_unknown_names_are_not_scalar_functions(string name) => Assert.False(FunctionRegistry.Contains(name));

    [Fact]
    public void Exposes_arity_for_the_analyzer()
    {
        Assert.True(FunctionRegistry.TryGet("range", out var range));
        Assert.Equal((2, 3), (range.MinArity, range.MaxArity));
        Assert.True(FunctionRegistry.TryGet("coalesce", out var coalesce));
        Assert.True(coalesce.AcceptsArity(10));
        Assert.False(coalesce.AcceptsArity(0));
    }

    [Fact]
    public void Invoking_with_the_wrong_argument_count_is_an_error()
    {
        var error = Call.Failing("abs", 1L, 2L);
        Assert.Equal("InvalidNumberOfArguments", error.Detail);
    }

    [Fact]
    public void Non_deterministic_functions_are_flagged()
    {
        Assert.True(FunctionRegistry.TryGet("rand", out var rand));
        Assert.False(rand.IsDeterministic);
        Assert.True(FunctionRegistry.TryGet("abs", out var abs));
        Assert.True(abs.IsDeterministic);
    }

    [Fact]
    public void Every_registered_function_has_a_unique_name() =>
        Assert.Equal(FunctionRegistry.All.Count(), FunctionRegistry.All.Select(f => f.Name.ToLowerInvariant()).Distinct().Count());
}
