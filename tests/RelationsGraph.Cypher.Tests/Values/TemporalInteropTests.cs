using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Tests.Values;

/// <summary>The generic value operations delegating to the temporal types.</summary>
public class TemporalInteropTests
{
    private static readonly CypherDate NewYear = new(new DateOnly(2024, 1, 1));
    private static readonly CypherDate MidYear = new(new DateOnly(2024, 7, 1));
    private static readonly CypherDuration OneDay = new(0, 1, 0, 0);

    [Fact]
    public void Dates_compare_chronologically_and_durations_are_incomparable()
    {
        Assert.True(CypherComparison.LessThan(NewYear, MidYear));
        Assert.True(CypherEquality.Equals(NewYear, new CypherDate(new DateOnly(2024, 1, 1))));
        Assert.Null(CypherComparison.LessThan(OneDay, new CypherDuration(0, 2, 0, 0)));
        Assert.Null(CypherComparison.LessThan(NewYear, new CypherLocalTime(0)));
        Assert.Equal("Date", CypherTypes.NameOf(NewYear));
    }

    [Fact]
    public void Temporal_kinds_sort_between_lists_and_strings()
    {
        var list = Build.List();
        var midnight = new CypherLocalTime(0);
        var values = new List<object?> { "s", midnight, OneDay, MidYear, NewYear, list };
        values.Sort(CypherOrdering.Instance);
        Assert.Equal(new object?[] { list, NewYear, MidYear, midnight, OneDay, "s" }, values);
    }

    [Fact]
    public void Arithmetic_with_durations_goes_through_the_temporal_types()
    {
        Assert.True(CypherEquality.Equals(new CypherDate(new DateOnly(2024, 1, 2)), CypherOperators.Add(NewYear, OneDay)));
        Assert.True(CypherEquality.Equals(new CypherDate(new DateOnly(2024, 1, 2)), CypherOperators.Add(OneDay, NewYear)));
        Assert.True(CypherEquality.Equals(new CypherDuration(0, 2, 0, 0), CypherOperators.Multiply(2L, OneDay)));
        Assert.Throws<CypherException>(() => CypherOperators.Add(NewYear, MidYear));
        Assert.Throws<CypherException>(() => CypherOperators.Subtract(1L, OneDay));
    }
}
