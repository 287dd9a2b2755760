using RelationsGraph.Tck.Values;

namespace RelationsGraph.Cypher.Tests.Tck;

public sealed class TckValueMatcherTests
{
    private static readonly Dictionary<string, object?> NoProperties = new();

    private static bool Matches(string expected, object? actual, bool ignoreListOrder = false)
        => TckValueMatcher.Matches(TckValueParser.Parse(expected), actual, ignoreListOrder);

    [Fact]
    public void Primitive_types_must_agree()
    {
        Assert.True(Matches("1", 1L));
        Assert.False(Matches("1", 1.0));
        Assert.False(Matches("1.0", 1L));
        Assert.True(Matches("'1'", "1"));
        Assert.False(Matches("'1'", 1L));
        Assert.True(Matches("null", null));
        Assert.False(Matches("null", false));
    }

    [Fact]
    public void Floats_allow_only_last_digit_rounding_and_nan_matches_nan()
    {
        Assert.True(Matches("0.30000000000000004", 0.1 + 0.2));
        Assert.True(Matches("NaN", double.NaN));
        Assert.True(Matches("-Inf", double.NegativeInfinity));
        Assert.False(Matches("Inf", double.NegativeInfinity));
        Assert.False(Matches("0.3333", 1.0 / 3));
    }

    [Fact]
    public void Lists_keep_order_unless_told_otherwise()
    {
        var actual = new List<object?> { 2L, 1L, new List<object?> { "b", "a" } };

        Assert.False(Matches("[1, 2, ['a', 'b']]", actual));
        Assert.True(Matches("[1, 2, ['a', 'b']]", actual, ignoreListOrder: true));
        Assert.True(Matches("[2, 1, ['b', 'a']]", actual));
        Assert.False(Matches("[2, 1]", actual, ignoreListOrder: true));
    }

    [Fact]
    public void Maps_match_on_keys_and_values()
    {
        var actual = new Dictionary<string, object?> { ["a"] = 1L, ["b"] = null };

        Assert.True(Matches("{b: null, a: 1}", actual));
        Assert.False(Matches("{a: 1}", actual));
    }

    [Fact]
    public void Nodes_and_relationships_match_on_labels_type_and_properties_not_identity()
    {
        var node = new Node("42", ["B", "A"], new Dictionary<string, object?> { ["name"] = "n" });

        Assert.True(Matches("(:A:B {name: 'n'})", node));
        Assert.False(Matches("(:A {name: 'n'})", node));
        Assert.False(Matches("(:A:B)", node));
        Assert.True(Matches("[:T]", new Relationship("7", "T", "1", "2", NoProperties)));
        Assert.False(Matches("[:U]", new Relationship("7", "T", "1", "2", NoProperties)));
    }

    [Fact]
    public void Paths_check_each_relationship_direction()
    {
        var a = new Node("1", ["A"], NoProperties);
        var b = new Node("2", ["B"], NoProperties);
        var path = new Cypher.Path([a, b], [new Relationship("9", "T", "2", "1", NoProperties)]);

        Assert.True(Matches("<(:A)<-[:T]-(:B)>", path));
        Assert.False(Matches("<(:A)-[:T]->(:B)>", path));
    }

    [Fact]
    public void Unordered_match_pairs_each_expected_item_with_a_distinct_actual_item()
    {
        Assert.True(TckValueMatcher.UnorderedMatch([1, 1, 2], [2, 1, 1], (e, a) => e == a));
        Assert.False(TckValueMatcher.UnorderedMatch([1, 1, 2], [2, 2, 1], (e, a) => e == a));
    }
}
