using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherComparisonTests
{
    [Fact]
    public void Numbers_compare_across_integer_and_float()
    {
        Assert.True(CypherComparison.LessThan(1L, 3.14));
        Assert.True(CypherComparison.GreaterThanOrEqual(3.14, 1L));
        Assert.False(CypherComparison.LessThan(1L, 1.0));
        Assert.True(CypherComparison.LessThanOrEqual(1L, 1.0));
        Assert.Equal(-1, CypherComparison.Compare(9007199254740992L, 9007199254740993L));
    }

    [Fact]
    public void Every_comparison_with_NaN_is_false_but_NaN_with_a_string_is_null()
    {
        foreach (var other in new object[] { 1L, 1.0, double.NaN })
        {
            Assert.False(CypherComparison.GreaterThan(double.NaN, other));
            Assert.False(CypherComparison.GreaterThanOrEqual(double.NaN, other));
            Assert.False(CypherComparison.LessThan(double.NaN, other));
            Assert.False(CypherComparison.LessThanOrEqual(double.NaN, other));
        }
        Assert.Null(CypherComparison.GreaterThan(double.NaN, "a"));
        Assert.Null(CypherComparison.Compare(double.NaN, 1L));
    }

    [Fact]
    public void Different_types_and_nulls_are_incomparable()
    {
        Assert.Null(CypherComparison.LessThan("1", 1L));
        Assert.Null(CypherComparison.LessThan(1L, null));
        Assert.Null(CypherComparison.LessThan(true, 1L));
        Assert.Null(CypherComparison.LessThan(Map(), Map()));
        Assert.Null(CypherComparison.LessThan(Node(1), Node(2)));
    }

    [Fact]
    public void Strings_and_booleans_have_their_natural_order()
    {
        Assert.True(CypherComparison.LessThan("a", "b"));
        Assert.True(CypherComparison.LessThan("B", "a")); // ordinal, like Java's compareTo
        Assert.True(CypherComparison.GreaterThan("xx", "x"));
        Assert.True(CypherComparison.LessThan(false, true));
    }

    [Theory]
    [MemberData(nameof(ListCases))]
    public void Lists_compare_lexicographically_until_a_decision(List<object?> left, List<object?> right, bool? greaterOrEqual) =>
        Assert.Equal(greaterOrEqual, CypherComparison.GreaterThanOrEqual(left, right));

    public static TheoryData<List<object?>, List<object?>, bool?> ListCases() => new()
    {
        { List(1L, 0L), List(1L), true },
        { List(1L, null), List(1L), true },
        { List(1L, 2L), List(1L, null), null },
        { List(1L, "a"), List(1L, null), null },
        { List(1L, 2L), List(3L, null), false },
        { List(), List(), true },
    };
}
