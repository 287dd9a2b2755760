using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherOrderingTests
{
    [Fact]
    public void Sorts_across_types_in_openCypher_orderability_order()
    {
        var node = Node(1);
        var relationship = Relationship(2, "T", node, node);
        var path = Path(node, (relationship, node));
        var map = Map("a", 1L);
        var list = List(1L);
        object?[] expected = [map, node, relationship, list, path, "s", false, 1L, null];

        var shuffled = expected.Reverse().ToList();
        shuffled.Sort(CypherOrdering.Instance);

        Assert.Equal(expected, shuffled);
    }

    [Fact]
    public void Numbers_sort_numerically_with_NaN_after_infinity()
    {
        var values = new List<object?> { double.NaN, 2L, double.PositiveInfinity, 1.5, -3L, double.NegativeInfinity };
        values.Sort(CypherOrdering.Instance);
        Assert.Equal(new object?[] { double.NegativeInfinity, -3L, 1.5, 2L, double.PositiveInfinity, double.NaN }, values);
    }

    [Fact]
    public void Lists_sort_lexicographically_with_prefixes_first()
    {
        var values = new List<object?> { List(2L), List(1L, 2L), List(1L), List(), List(1L, null) };
        values.Sort(CypherOrdering.Instance);
        Assert.Equal(new object?[] { List(), List(1L), List(1L, 2L), List(1L, null), List(2L) }, values, CypherEquivalence.Instance);
    }

    [Fact]
    public void Equal_values_of_mixed_numeric_types_order_as_equal()
    {
        Assert.Equal(0, CypherOrdering.Instance.Compare(1L, 1.0));
        Assert.Equal(0, CypherOrdering.Instance.Compare(null, null));
        Assert.True(CypherOrdering.Instance.Compare(false, true) < 0);
    }

    [Fact]
    public void Maps_order_by_keys_then_values()
    {
        Assert.True(CypherOrdering.Instance.Compare(Map("a", 1L), Map("b", 0L)) < 0);
        Assert.True(CypherOrdering.Instance.Compare(Map("a", 1L), Map("a", 2L)) < 0);
        Assert.Equal(0, CypherOrdering.Instance.Compare(Map("a", 1L, "b", 2L), Map("b", 2L, "a", 1L)));
    }
}
