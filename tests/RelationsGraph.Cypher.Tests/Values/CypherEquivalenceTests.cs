using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherEquivalenceTests
{
    private static readonly CypherEquivalence Equivalence = CypherEquivalence.Instance;

    [Fact]
    public void Null_and_NaN_are_equivalent_to_themselves()
    {
        Assert.True(Equivalence.Equals(null, null));
        Assert.True(Equivalence.Equals(double.NaN, double.NaN));
        Assert.False(Equivalence.Equals(null, 0L));
    }

    [Fact]
    public void Integer_and_equal_float_are_equivalent_and_hash_alike()
    {
        Assert.True(Equivalence.Equals(1L, 1.0));
        Assert.Equal(Equivalence.GetHashCode(1L), Equivalence.GetHashCode(1.0));
        Assert.False(Equivalence.Equals(1L, "1"));
    }

    [Fact]
    public void Lists_and_maps_are_compared_deeply()
    {
        Assert.True(Equivalence.Equals(List(1L, null, List("a")), List(1.0, null, List("a"))));
        Assert.False(Equivalence.Equals(List(1L), List(1L, 1L)));
        Assert.True(Equivalence.Equals(Map("a", null, "b", 2L), Map("b", 2.0, "a", null)));
        Assert.Equal(Equivalence.GetHashCode(Map("a", 1L, "b", 2L)), Equivalence.GetHashCode(Map("b", 2L, "a", 1L)));
    }

    [Fact]
    public void Works_as_a_grouping_key_comparer()
    {
        var distinct = new HashSet<object?>(Equivalence) { 1L, 1.0, null, null, "1", List(1L), List(1.0), Node(7), Node(7) };
        Assert.Equal(5, distinct.Count);
    }
}
