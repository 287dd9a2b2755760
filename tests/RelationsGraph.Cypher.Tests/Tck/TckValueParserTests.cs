using RelationsGraph.Tck.Values;

namespace RelationsGraph.Cypher.Tests.Tck;

public sealed class TckValueParserTests
{
    [Theory]
    [InlineData("null", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("42", 42L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("1.5", 1.5)]
    [InlineData("-0.0", -0.0)]
    [InlineData("1e-305", 1e-305)]
    [InlineData("-1.2635418652381264e305", -1.2635418652381264e305)]
    public void Parses_primitives(string text, object? expected)
    {
        Assert.Equal(expected, TckValueParser.Parse(text));
    }

    [Fact]
    public void Parses_special_floats()
    {
        Assert.True(double.IsNaN((double)TckValueParser.Parse("NaN")!));
        Assert.Equal(double.PositiveInfinity, TckValueParser.Parse("Inf"));
        Assert.Equal(double.NegativeInfinity, TckValueParser.Parse("-Inf"));
    }

    [Fact]
    public void Strings_unescape_quotes_and_backslashes_only()
    {
        Assert.Equal(@"a\bcn5t'""\//\""'", TckValueParser.Parse(@"'a\\bcn5t\'""\\//\\""\''"));
        Assert.Equal("", TckValueParser.Parse("''"));
        Assert.Equal("2015-07-21", TckValueParser.Parse("'2015-07-21'"));
    }

    [Fact]
    public void Parses_nested_lists_and_maps()
    {
        var value = TckValueParser.Parse("[1, [], {a: [true, null], `weird key`: 'x'}, {}]");

        var list = Assert.IsType<List<object?>>(value);
        Assert.Equal(4, list.Count);
        Assert.Empty(Assert.IsType<List<object?>>(list[1]));
        var map = Assert.IsType<Dictionary<string, object?>>(list[2]);
        Assert.Equal([true, null], Assert.IsType<List<object?>>(map["a"]));
        Assert.Equal("x", map["weird key"]);
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(list[3]));
    }

    [Fact]
    public void Parses_nodes_and_relationships()
    {
        var node = Assert.IsType<ExpectedNode>(TckValueParser.Parse("(:A:B {name: 'n', num: 1})"));
        Assert.Equal(["A", "B"], node.Labels);
        Assert.Equal(1L, node.Properties["num"]);

        Assert.Empty(Assert.IsType<ExpectedNode>(TckValueParser.Parse("()")).Labels);

        var relationship = Assert.IsType<ExpectedRelationship>(TckValueParser.Parse("[:KNOWS {since: 2020}]"));
        Assert.Equal("KNOWS", relationship.Type);
        Assert.Equal(2020L, relationship.Properties["since"]);
    }

    [Fact]
    public void Parses_paths_with_both_directions()
    {
        var path = Assert.IsType<ExpectedPath>(TckValueParser.Parse("<(:A)-[:T]->({name: 'b'})<-[:U {w: 1}]-()>"));

        Assert.Equal(["A"], path.Start.Labels);
        Assert.Equal(2, path.Hops.Count);
        Assert.True(path.Hops[0].Forward);
        Assert.Equal("T", path.Hops[0].Relationship.Type);
        Assert.False(path.Hops[1].Forward);
        Assert.Equal(1L, path.Hops[1].Relationship.Properties["w"]);
        Assert.Empty(Assert.IsType<ExpectedPath>(TckValueParser.Parse("<()>")).Hops);
    }

    [Theory]
    [InlineData("[1, 2")]
    [InlineData("{a 1}")]
    [InlineData("'open")]
    [InlineData("1 2")]
    [InlineData("nope")]
    [InlineData("'it''s'")]
    [InlineData("<()-[:T]-()>")]
    public void Rejects_malformed_values(string text)
    {
        Assert.Throws<FormatException>(() => TckValueParser.Parse(text));
    }
}
