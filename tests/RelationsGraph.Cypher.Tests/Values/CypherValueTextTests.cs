using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherValueTextTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(2.3, "2.3")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.0, "0.0")]
    [InlineData(1000000.0, "1000000.0")]
    [InlineData(10000000.0, "1.0E7")]
    [InlineData(1e20, "1.0E20")]
    [InlineData(123456789.5, "1.234567895E8")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1.5e-10, "1.5E-10")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Floats_print_like_Java(double value, string expected) =>
        Assert.Equal(expected, CypherValueText.FloatToString(value));

    [Fact]
    public void Describe_renders_nested_values_as_literals() =>
        Assert.Equal("[1, 2.5, 'it\\'s', {a: null}, true]", CypherValueText.Describe(List(1L, 2.5, "it's", Map("a", null), true)));
}
