using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherEqualityTests
{
    [Fact]
    public void Null_on_either_side_is_unknown()
    {
        Assert.Null(CypherEquality.Equals(null, null));
        Assert.Null(CypherEquality.Equals(1L, null));
        Assert.Null(CypherEquality.NotEquals(null, "a"));
    }

    [Fact]
    public void Integers_and_floats_compare_numerically()
    {
        Assert.True(CypherEquality.Equals(1L, 1.0));
        Assert.False(CypherEquality.Equals(1L, 1.5));
        // Beyond 2^53 a double cannot tell these longs apart; equality must stay exact.
        Assert.True(CypherEquality.Equals(4611686018427387905L, 4611686018427387905L));
        Assert.False(CypherEquality.Equals(4611686018427387905L, 4611686018427387900L));
        Assert.False(CypherEquality.Equals(9007199254740993L, 9007199254740992.0));
    }

    [Fact]
    public void NaN_equals_nothing_not_even_itself()
    {
        Assert.False(CypherEquality.Equals(double.NaN, double.NaN));
        Assert.False(CypherEquality.Equals(double.NaN, 1L));
        Assert.False(CypherEquality.Equals(double.NaN, "a"));
        Assert.True(CypherEquality.NotEquals(double.NaN, double.NaN));
    }

    [Fact]
    public void Different_types_are_unequal()
    {
        Assert.False(CypherEquality.Equals("1", 1L));
        Assert.False(CypherEquality.Equals("1.0", 1.0));
        Assert.False(CypherEquality.Equals(true, 1L));
        Assert.False(CypherEquality.Equals(List(), Map()));
    }

    [Theory]
    [MemberData(nameof(ListCases))]
    public void Lists_compare_element_wise_with_false_beating_null(List<object?> left, List<object?> right, bool? expected) =>
        Assert.Equal(expected, CypherEquality.Equals(left, right));

    public static TheoryData<List<object?>, List<object?>, bool?> ListCases() => new()
    {
        { List(1L, 2L), List(1L), false },
        { List((object?)null), List(1L), null },
        { List("a"), List(1L), false },
        { List(List(1L)), List(List(1L), List((object?)null)), false },
        { List(List(1L), List(2L)), List(List(1L), List((object?)null)), null },
        { List(List(1L), List(2L, 3L)), List(List(1L), List((object?)null)), false },
        { List(1L, 2.0), List(1.0, 2L), true },
    };

    [Theory]
    [MemberData(nameof(MapCases))]
    public void Maps_need_the_same_keys_and_compare_values_like_lists(Dictionary<string, object?> left, Dictionary<string, object?> right, bool? expected) =>
        Assert.Equal(expected, CypherEquality.Equals(left, right));

    public static TheoryData<Dictionary<string, object?>, Dictionary<string, object?>, bool?> MapCases() => new()
    {
        { Map(), Map(), true },
        { Map("k", 1L), Map("k", 1.0), true },
        { Map(), Map("k", null), false },
        { Map("k", 1L), Map("k", 1L, "l", null), false },
        { Map("k", null, "l", 1L), Map("l", 1L), false },
        { Map("k", null), Map("k", null), null },
        { Map("k", 1L, "l", null), Map("k", null, "l", 1L), null },
        { Map("k", 1L, "l", null), Map("k", 2L, "l", 1L), false },
    };

    [Fact]
    public void Entities_compare_by_id()
    {
        var a = Node(1);
        var sameIdElsewhere = Node(1);
        var b = Node(2);
        Assert.True(CypherEquality.Equals(a, sameIdElsewhere));
        Assert.False(CypherEquality.Equals(a, b));
        Assert.True(CypherEquality.Equals(Relationship(5, "T", a, b), Relationship(5, "T", a, b)));
        Assert.False(CypherEquality.Equals(a, Relationship(1, "T", a, b)));
    }

    [Fact]
    public void Paths_are_equal_when_they_visit_the_same_entities_regardless_of_direction()
    {
        var n = Node(1);
        var loop = Relationship(10, "LOOP", n, n);
        Assert.True(CypherEquality.Equals(Path(n, (loop, n)), Path(n, (loop, n))));
        Assert.False(CypherEquality.Equals(Path(n, (loop, n)), Path(n)));
    }
}
