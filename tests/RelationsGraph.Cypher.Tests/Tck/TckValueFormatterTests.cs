using RelationsGraph.Tck.Values;

namespace RelationsGraph.Cypher.Tests.Tck;

public sealed class TckValueFormatterTests
{
    private static readonly Dictionary<string, object?> NoProperties = new();

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e300, "1E+300")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    public void Floats_always_look_like_floats(double value, string expected)
    {
        Assert.Equal(expected, TckValueFormatter.Format(value));
    }

    [Fact]
    public void Writes_values_in_the_notation_the_parser_reads_back()
    {
        var map = new Dictionary<string, object?> { ["b"] = new List<object?> { 1L, null, "it's" }, ["a"] = true };

        var text = TckValueFormatter.Format(map);

        Assert.Equal(@"{a: true, b: [1, null, 'it\'s']}", text);
        Assert.True(TckValueMatcher.Matches(TckValueParser.Parse(text), map));
    }

    [Fact]
    public void Writes_graph_elements_without_identity_and_paths_with_directions()
    {
        var a = new Node("1", ["B", "A"], new Dictionary<string, object?> { ["name"] = "a" });
        var b = new Node("2", [], NoProperties);
        var path = new Cypher.Path([a, b], [new Relationship("5", "T", "2", "1", NoProperties)]);

        Assert.Equal("(:A:B {name: 'a'})", TckValueFormatter.Format(a));
        Assert.Equal("<(:A:B {name: 'a'})<-[:T]-()>", TckValueFormatter.Format(path));
    }
}
