using System.Diagnostics;

namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>Long loops observe the query's time limit, and the database stays usable after one is stopped.</summary>
public sealed class TimeoutTests : QueryTestBase
{
    private static readonly QueryOptions TwoSeconds = new() { Timeout = TimeSpan.FromSeconds(2) };

    [Theory]
    [InlineData("UNWIND range(1, 1000000000) AS x RETURN count(x)")]
    [InlineData("RETURN size([x IN range(1, 1000000000) WHERE x < 0]) AS n")]
    [InlineData("RETURN reduce(s = 0, x IN range(1, 1000000000) | s + x) AS total")]
    [InlineData("RETURN any(x IN range(1, 1000000000) WHERE x < 0) AS found")]
    public void A_billion_iterations_stop_at_the_timeout(string query)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CypherException>(() => Db.Execute(query, options: TwoSeconds));
        clock.Stop();

        Assert.Equal("Timeout", error.ErrorClass);
        Assert.Equal("TransactionTimedOut", error.Detail);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8));
        Assert.Equal(3L, Scalar("UNWIND range(1, 3) AS x RETURN count(x)"));
    }

    [Fact]
    public void Sorting_many_rows_stops_at_the_timeout()
    {
        var error = Assert.Throws<CypherException>(() => Db.Execute(
            "UNWIND range(1, 1000000000) AS x RETURN x ORDER BY -x LIMIT 1", options: TwoSeconds));
        Assert.Equal("Timeout", error.ErrorClass);
        Assert.Equal(1L, Scalar("RETURN 1"));
    }

    [Fact]
    public void Range_is_lazy_yet_behaves_as_a_list()
    {
        Assert.Equal(1_000_000_000L, Scalar("RETURN size(range(1, 1000000000))"));
        Assert.Equal(999_999_999L, Scalar("RETURN range(1, 1000000000)[-2]"));
        Assert.Equal(new object?[] { 10L, 7L, 4L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(Scalar("RETURN range(10, 2, -3)")));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(Scalar("RETURN range(1, 0)")));
    }

    [Fact]
    public void A_range_too_long_for_a_list_fails_clearly()
    {
        var error = Assert.Throws<CypherException>(() => Db.Execute("RETURN size(range(0, 9000000000000000000))"));
        Assert.Contains("more than", error.Message);
        Assert.Equal("ArgumentError", error.ErrorClass);
    }
}
