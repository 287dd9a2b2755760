namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// A seek whose pattern asks only (n:L {k: v}) checks its nodes against the value it sought instead of
/// evaluating the map again: it must find exactly what a label scan with the same map finds, for every
/// kind of value, whether read from the committed state or inside a write.
/// </summary>
public sealed class CoveredIndexSeekTests : IDisposable
{
    private readonly GraphDatabase db = GraphDatabase.CreateInMemory();

    public CoveredIndexSeekTests()
    {
        db.Execute("CREATE INDEX FOR (p:P) ON (p.k)");
        // The same values under an unindexed label: the scan path answers what the seek must.
        foreach (var label in new[] { "P", "U" })
            db.Execute($"CREATE (:{label} {{k: 1}}), (:{label} {{k: 1.0}}), (:{label} {{k: 2}}), (:{label} {{k: '1'}}), (:{label} {{k: [1, 2]}}), (:{label} {{k: true}}), (:{label} {{k: 0.5}}), (:{label})");
        db.Execute("CREATE (:Q {k: 1}), (:P:Q {k: 'x'})");
    }

    public void Dispose() => db.Dispose();

    public static TheoryData<object?> Values() => new() { 1L, 1.0, 2L, "1", "x", new List<object?> { 1L, 2L }, true, 0.5, double.NaN, null, 7L };

    private long Count(string query, object? value) =>
        (long)db.Execute(query, new Dictionary<string, object?> { ["v"] = value }).Rows.Single()[0]!;

    [Theory]
    [MemberData(nameof(Values))]
    public void A_covered_seek_finds_what_a_scan_finds(object? value)
    {
        var expected = Count("MATCH (u:U {k: $v}) RETURN count(u)", value) + (value is "x" ? 1 : 0);
        Assert.Equal(expected, Count("MATCH (p:P {k: $v}) RETURN count(p)", value));
        Assert.Equal(expected, Count("MATCH (p:P {k: $v}) SET p.seen = true RETURN count(p)", value)); // the writer's seek
        Assert.Equal(expected, Count("UNWIND [$v] AS v CALL { WITH v MATCH (p:P {k: v}) RETURN count(p) AS c } RETURN c", value));
    }

    [Fact]
    public void The_seek_runs_as_an_index_seek_and_still_honours_more_labels_and_keys()
    {
        var plan = db.Execute("EXPLAIN MATCH (p:P {k: 1}) RETURN p").Plan!;
        Assert.Contains(plan.Flatten(), step => step.Operator == "NodeIndexSeek");
        Assert.Equal(1L, Count("MATCH (p:P:Q {k: $v}) RETURN count(p)", "x"));
        Assert.Equal(0L, Count("MATCH (p:P:Q {k: $v}) RETURN count(p)", 1L));
        Assert.Equal(0L, Count("MATCH (p:P {k: $v, seen: true}) RETURN count(p)", 1L));
    }
}
