using System.Diagnostics;

namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>
/// The limits of one statement: parsing and planning count against the time limit, results and the
/// values in them are capped in size, and the statement's memory is bounded; each ends the statement
/// with a Cypher error that names it, and the database goes on answering.
/// </summary>
public sealed class QueryLimitTests : QueryTestBase
{
    private static QueryOptions Within(double seconds) => new() { Timeout = TimeSpan.FromSeconds(seconds) };

    private CypherException Fails(string query, QueryOptions options)
    {
        var error = Assert.Throws<CypherException>(() => Db.Execute(query, options: options));
        Assert.Equal(1L, Scalar("RETURN 1"));
        return error;
    }

    [Fact]
    public void A_huge_range_returned_whole_is_refused_before_it_is_copied()
    {
        var clock = Stopwatch.StartNew();
        var error = Fails("RETURN range(0, 100000000) AS r", Within(30));
        Assert.Equal("MemoryLimit", error.ErrorClass);
        Assert.Equal("ValueTooLarge", error.Detail);
        Assert.Contains("MaxValueBytes", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10)); // it took 28 s and 3 GB before
    }

    [Fact]
    public void The_value_cap_and_the_result_cap_are_options()
    {
        Assert.Equal("ValueTooLarge", Fails("RETURN range(1, 1000) AS r", new QueryOptions { MaxValueBytes = 10_000 }).Detail);
        Assert.Equal("ResultTooLarge", Fails("UNWIND range(1, 1000) AS x RETURN x", new QueryOptions { MaxResultBytes = 10_000 }).Detail);
        Assert.Equal(1000, Db.Execute("UNWIND range(1, 1000) AS x RETURN x", options: new QueryOptions { MaxResultBytes = 1_000_000 }).Rows.Count);
    }

    [Theory]
    [InlineData("RETURN size(reduce(s = 'x', x IN range(1, 40) | s + s)) AS n")]
    [InlineData("RETURN size(reduce(l = [1], x IN range(1, 40) | l + l)) AS n")]
    [InlineData("RETURN size(reverse(range(0, 1000000000))) AS n")]
    [InlineData("RETURN size([x IN range(0, 100000000) | x]) AS n")]
    [InlineData("UNWIND range(0, 100000000) AS x RETURN size(collect(x)) AS n")]
    [InlineData("UNWIND range(0, 100000000) AS x RETURN x ORDER BY x DESC")]
    [InlineData("UNWIND range(0, 100000000) AS x RETURN DISTINCT x")]
    public void Building_more_than_the_memory_limit_stops_with_a_memory_error(string query)
    {
        var error = Fails(query, new QueryOptions { Timeout = TimeSpan.FromSeconds(60), MaxMemoryBytes = 16L << 20 });
        Assert.Equal("MemoryLimit", error.ErrorClass);
        Assert.Equal("TransactionMemoryLimit", error.Detail);
        Assert.Equal("Neo.TransientError.General.MemoryPoolOutOfMemoryError", error.Code);
        Assert.Contains("16 MiB", error.Message);
    }

    [Fact]
    public void Order_by_with_a_limit_holds_only_the_rows_it_keeps()
    {
        // Top keeps LIMIT rows, so a sort of two million rows that would pass the 16 MiB limit fits in it.
        var options = new QueryOptions { Timeout = TimeSpan.FromSeconds(60), MaxMemoryBytes = 16L << 20 };
        Assert.Equal("MemoryLimit", Fails("UNWIND range(0, 2000000) AS x RETURN x ORDER BY x DESC", options).ErrorClass);
        var top = Db.Execute("UNWIND range(0, 2000000) AS x RETURN x ORDER BY x DESC LIMIT 3", options: options);
        Assert.Equal([2000000L, 1999999L, 1999998L], top.Rows.Select(r => r[0]));
    }

    [Theory]
    [InlineData("WITH reduce(m = {}, x IN range(1, 1000000) | {a: m}) AS s RETURN 1 AS one")]
    [InlineData("RETURN size(reduce(l = [], x IN range(1, 60) | [l, l])) AS n")]
    public void A_reduce_that_wraps_its_accumulator_step_by_step_stops_at_the_memory_limit(string query)
    {
        // Fuzz finding: each step builds a small value, but the accumulator it wraps grew past the limit until the time limit.
        var error = Fails(query, new QueryOptions { Timeout = TimeSpan.FromSeconds(60), MaxMemoryBytes = 16L << 20 });
        Assert.Equal("MemoryLimit", error.ErrorClass);
    }

    [Fact]
    public void Writing_counts_against_the_memory_limit_and_rolls_back_whole()
    {
        var error = Fails("UNWIND range(1, 100000000) AS i CREATE (:Bulk {i: i})",
            new QueryOptions { Timeout = TimeSpan.FromSeconds(60), MaxMemoryBytes = 4L << 20 });
        Assert.Equal("TransactionMemoryLimit", error.Detail);
        Assert.Equal(0L, Scalar("MATCH (n:Bulk) RETURN count(n)"));
        Assert.Equal(10_000, Db.Execute("UNWIND range(1, 10000) AS i CREATE (:Bulk {i: i})",
            options: new QueryOptions { MaxMemoryBytes = 4L << 20 }).Statistics.NodesCreated);
    }

    [Fact]
    public void Queries_within_the_memory_limit_are_untouched()
    {
        var options = new QueryOptions { MaxMemoryBytes = 16L << 20 };
        Assert.Equal(100_000L, Db.Execute("UNWIND range(1, 100000) AS x RETURN size(collect(x)) AS n", options: options).Rows[0][0]);
        // Streaming rows holds nothing: a million rows counted in a small budget.
        Assert.Equal(1_000_000L, Db.Execute("UNWIND range(1, 1000000) AS x RETURN count([x, x]) AS n", options: options).Rows[0][0]);
    }

    [Fact]
    public void A_value_nested_too_deeply_is_an_error_not_a_stack_overflow()
    {
        var error = Fails("RETURN reduce(l = [], x IN range(1, 100000) | [l]) AS deep", Within(30));
        Assert.Equal("ValueTooDeep", error.Detail);
    }

    [Theory]
    [InlineData("WITH reduce(l = [], x IN range(1, 100000) | [l]) AS s RETURN s = s AS e")]
    [InlineData("WITH reduce(m = {}, x IN range(1, 100000) | {a: m}) AS s RETURN s = s AS e")]
    [InlineData("WITH reduce(l = [], x IN range(1, 100000) | [l]) AS s RETURN s < s AS e")]
    [InlineData("WITH reduce(l = [], x IN range(1, 100000) | [l]) AS s RETURN s IN [s] AS e")]
    [InlineData("UNWIND [1, 2] AS y WITH y, reduce(l = [], x IN range(1, 100000) | [l]) AS s RETURN DISTINCT s IS NULL AS n, s")]
    [InlineData("UNWIND [1, 2] AS y WITH y, reduce(l = [y], x IN range(1, 100000) | [l]) AS s RETURN y ORDER BY s")]
    public void Comparing_values_nested_too_deeply_is_an_error_not_a_stack_overflow(string query)
    {
        // Each of these overflowed the stack and killed the process before.
        Assert.Equal("ValueTooDeep", Fails(query, Within(30)).Detail);
    }

    [Fact]
    public void A_value_shared_many_times_is_stopped_while_it_is_copied()
    {
        // 2^40 leaves in a few kilobytes of shared lists: copying it out is what would never end.
        var error = Fails("RETURN reduce(l = [1], x IN range(1, 40) | [l, l]) AS tree", Within(30));
        Assert.Equal("MemoryLimit", error.ErrorClass);
    }

    [Fact]
    public void Planning_a_query_of_thousands_of_clauses_counts_against_the_time_limit()
    {
        var clauses = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"WITH *, {i} AS x{i + 1} "));
        var clock = Stopwatch.StartNew();
        var error = Fails("WITH 0 AS x0 " + clauses + "RETURN x20000", Within(1));
        Assert.Equal("Timeout", error.ErrorClass);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_few_hundred_accumulating_clauses_plan_quickly()
    {
        // Binding each projection's columns one by one made this cubic in the number of clauses.
        var clauses = string.Concat(Enumerable.Range(0, 600).Select(i => $"WITH *, {i} AS x{i + 1} "));
        Assert.Equal(599L, Db.Execute("WITH 0 AS x0 " + clauses + "RETURN x600", options: Within(20)).Rows[0][0]);
    }

    [Fact]
    public void Parsing_counts_against_the_time_limit_and_the_cancellation_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var query = "RETURN " + string.Join(" + ", Enumerable.Range(0, 900).Select(i => $"[{i}, {i + 1}]")) + " AS never_cached";
        var error = Assert.Throws<CypherException>(() => Db.Execute(query, cancellationToken: cancelled.Token));
        Assert.Equal("Timeout", error.ErrorClass);
        Assert.Equal("Cancelled", error.Detail);
        Assert.Equal(900 * 2, Assert.IsAssignableFrom<IReadOnlyList<object?>>(Db.Execute(query).Rows[0][0]).Count);
    }

    [Fact]
    public void A_query_longer_than_the_limit_is_refused()
    {
        var error = Fails("RETURN '" + new string('x', 200) + "' AS s", new QueryOptions { MaxQueryLength = 100 });
        Assert.Equal("QueryTooLong", error.Detail);
    }

    [Fact]
    public void A_cached_statement_is_held_to_a_lower_nesting_limit()
    {
        const string query = "RETURN [[[[[[1]]]]]] AS nested";
        Db.Execute(query);
        Assert.Equal("NestingTooDeep", Fails(query, new QueryOptions { MaxNestingDepth = 3 }).Detail);
    }

    [Fact]
    public void A_backtracking_regular_expression_stops_at_the_time_limit()
    {
        var clock = Stopwatch.StartNew();
        var error = Fails("RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+$' AS m", Within(1));
        Assert.Equal("Timeout", error.ErrorClass);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4)); // the pattern's own 5 s before
    }

    [Fact]
    public void Limits_apply_inside_explicit_transactions_and_roll_the_statement_back()
    {
        using var transaction = Db.BeginTransaction();
        transaction.Execute("CREATE (:Kept)");
        var error = Assert.Throws<CypherException>(() => transaction.Execute(
            "CREATE (:Dropped) RETURN range(0, 100000000) AS r"));
        Assert.Equal("ValueTooLarge", error.Detail);
        Assert.Equal(1L, transaction.Execute("MATCH (n) RETURN count(n) AS n").Rows[0][0]);
        transaction.Rollback();
    }
}
