using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// A label scan that takes WHERE n.key OP $bound into itself and reads the property as a column of the committed
/// snapshot. Each answer is checked against the same comparison written so the planner leaves it to a Filter
/// (coalesce(n.key), the identity), over integers, floats, strings, nulls and mixed types, in committed and
/// uncommitted states, and across commits (the column of an older snapshot must not leak into a newer one).
/// </summary>
public sealed class ColumnFilterTests
{
    private const string Mixed = """
        UNWIND range(0, 59) AS i
        CREATE (:P {i: i, v: CASE i % 6 WHEN 0 THEN null WHEN 1 THEN toFloat(i) / 2 WHEN 2 THEN toString(i) WHEN 3 THEN i > 30 ELSE i END, w: i % 10, m: CASE WHEN i % 3 = 0 THEN null ELSE i - 30 END})
        CREATE (:Q {v: i})
        """;

    private static readonly string[] Comparisons =
    [
        "n.v >= $a AND n.v < $b", "n.v > $a", "n.v <= $b", "$a < n.v", "n.v = $a", "$b = n.v", "n.w = 3",
        "n.w > 2.5 AND n.w <= 7", "n.v >= 'a'", "n.v < 'z'", "n.v = true", "n.v >= $a AND n.w < 5",
        "n.m > $a AND n.m <= $b", "n.m = $a", "n.m < $b", "$b >= n.m", // integers with gaps (the integer fast path)
    ];

    public static TheoryData<string, object?, object?> Cases()
    {
        var data = new TheoryData<string, object?, object?>();
        foreach (var comparison in Comparisons)
        {
            data.Add(comparison, 10L, 40L);
            data.Add(comparison, 10.5, 40.0);
            data.Add(comparison, "10", "4");
            data.Add(comparison, null, 40L);
            data.Add(comparison, double.NaN, long.MaxValue);
            data.Add(comparison, long.MinValue, long.MaxValue);
            data.Add(comparison, -5L, -5L);
            data.Add(comparison, long.MaxValue, long.MinValue);
        }
        return data;
    }

    private static string Filtered(string comparison) =>
        comparison.Replace("n.v", "coalesce(n.v)", StringComparison.Ordinal).Replace("n.w", "coalesce(n.w)", StringComparison.Ordinal)
            .Replace("n.m", "coalesce(n.m)", StringComparison.Ordinal);

    private static List<string> Rows(QueryResult result) => result.Rows.Select(r => string.Join("|", r.Select(v => v?.ToString() ?? "null"))).ToList();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Column_filters_keep_exactly_what_a_filter_keeps(string comparison, object? a, object? b)
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Mixed);
        var parameters = new Dictionary<string, object?> { ["a"] = a, ["b"] = b };
        var expected = Rows(db.Execute($"MATCH (n:P) WHERE {Filtered(comparison)} RETURN n.i", parameters));
        Assert.Equal(expected, Rows(db.Execute($"MATCH (n:P) WHERE {comparison} RETURN n.i", parameters)));
        Assert.Equal(expected, Rows(db.Execute($"MATCH (n:P) WHERE {comparison} RETURN n.i", parameters))); // from the cached column
        Assert.Equal((long)expected.Count, db.Execute($"MATCH (n:P) WHERE {comparison} RETURN count(*)", parameters).Rows[0][0]);
    }

    [Fact]
    public void Explain_shows_the_comparisons_taken_into_the_scan()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Mixed);
        var plan = db.Execute("EXPLAIN MATCH (n:P) WHERE n.w >= 2 AND n.w < $b AND n.i % 2 = 0 RETURN count(*)", new Dictionary<string, object?> { ["b"] = 5L }).Plan!;
        var scan = Assert.Single(plan.Flatten(), step => step.Operator == "NodeByLabelScanColumnFilter");
        Assert.Equal("n:P WHERE n.w >= 2 AND n.w < $b", scan.Details);
        Assert.Equal("n.i % 2 = 0", Assert.Single(plan.Flatten(), step => step.Operator == "Filter").Details);

        // Only comparisons and a count: the scan counts and makes no row per node.
        var counted = db.Execute("PROFILE MATCH (n:P) WHERE n.w >= 2 AND n.w < 5 RETURN count(*) AS c").Plan!;
        var count = Assert.Single(counted.Flatten(), step => step.Operator == "NodeCountFromColumnFilter");
        Assert.Equal("n:P WHERE n.w >= 2 AND n.w < 5", count.Details);
        Assert.Equal(1, count.Rows);
        Assert.DoesNotContain(counted.Flatten(), step => step.Operator == "NodeByLabelScanColumnFilter");
    }

    [Fact]
    public void A_commit_is_seen_by_the_next_query_and_not_by_an_older_reader()
    {
        using var store = GraphStore.CreateInMemory();
        using (var write = store.BeginWrite())
        {
            CountingReader.RunOn(write, Mixed, null);
            write.Commit();
        }
        const string query = "MATCH (n:P) WHERE n.w = 3 RETURN count(*)";
        using var before = store.BeginRead();
        Assert.Equal(6L, CountingReader.RunOn(before, query, null).Rows[0][0]);
        using (var write = store.BeginWrite())
        {
            CountingReader.RunOn(write, "MATCH (n:P) WHERE n.i < 10 SET n.w = 3", null);
            Assert.Equal(15L, CountingReader.RunOn(write, query, null).Rows[0][0]); // the writer's own change, uncommitted
            CountingReader.RunOn(write, "MATCH (n:P {i: 13}) DETACH DELETE n", null);
            Assert.Equal(14L, CountingReader.RunOn(write, query, null).Rows[0][0]);
            write.Commit();
        }
        using var after = store.BeginRead();
        Assert.Equal(14L, CountingReader.RunOn(after, query, null).Rows[0][0]);
        Assert.Equal(6L, CountingReader.RunOn(before, query, null).Rows[0][0]); // still its own snapshot
    }

    [Fact]
    public void An_explicit_transaction_filters_its_own_changes()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Mixed);
        Assert.Equal(6L, db.Execute("MATCH (n:P) WHERE n.w = 3 RETURN count(*)").Rows[0][0]);
        using (var transaction = db.BeginTransaction())
        {
            transaction.Execute("MATCH (n:P) WHERE n.i >= 50 SET n.w = 3");
            transaction.Execute("MATCH (n:P {i: 3}) REMOVE n:P");
            Assert.Equal(14L, transaction.Execute("MATCH (n:P) WHERE n.w = 3 RETURN count(*)").Rows[0][0]);
            transaction.Rollback();
        }
        Assert.Equal(6L, db.Execute("MATCH (n:P) WHERE n.w = 3 RETURN count(*)").Rows[0][0]);
    }
}
