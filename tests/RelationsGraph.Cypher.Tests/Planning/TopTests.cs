namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// ORDER BY ... LIMIT runs as Top (a bounded heap): the rows must be exactly those a full sort then a cut
/// gives, ties in input order, nulls where orderability puts them, SKIP and LIMIT checked as before.
/// </summary>
public sealed class TopTests
{
    private const string Setup = """
        UNWIND range(1, 40) AS i
        CREATE (:N {i: i, g: i % 4, s: CASE WHEN i % 7 = 0 THEN null ELSE toString(i % 5) END})
        """;

    private static List<string> Rows(QueryResult result) => result.Rows.Select(r => string.Join("|", r)).ToList();

    [Theory]
    [InlineData("n.g DESC, n.i", 0L, 5L)]
    [InlineData("n.g", 3L, 7L)]
    [InlineData("n.s DESC", 0L, 12L)] // nulls first when descending, ties by input order
    [InlineData("n.s, n.g DESC", 5L, 30L)]
    [InlineData("n.g", 0L, 0L)]
    [InlineData("n.g", 38L, 10L)] // the cut runs past the end
    [InlineData("n.g", 0L, 100L)]
    public void Top_gives_what_a_full_sort_and_a_cut_give(string order, long skip, long limit)
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Setup);
        var all = Rows(db.Execute($"MATCH (n:N) RETURN n.i, n.g, n.s ORDER BY {order}"));
        var parameters = new Dictionary<string, object?> { ["skip"] = skip, ["limit"] = limit };
        var top = db.Execute($"MATCH (n:N) RETURN n.i, n.g, n.s ORDER BY {order} SKIP $skip LIMIT $limit", parameters);
        Assert.Equal(all.Skip((int)skip).Take((int)limit).ToList(), Rows(top));
        Assert.Equal(all.Take((int)limit).ToList(), Rows(db.Execute($"MATCH (n:N) RETURN n.i, n.g, n.s ORDER BY {order} LIMIT $limit", parameters)));
    }

    [Fact]
    public void Explain_names_the_top_operator_with_its_order_and_cut()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Setup);
        var plan = db.Execute("EXPLAIN MATCH (n:N) RETURN n.i AS i ORDER BY i DESC SKIP 2 LIMIT 3").Plan!;
        var top = Assert.Single(plan.Flatten(), step => step.Operator == "Top");
        Assert.Equal("i DESC SKIP 2 LIMIT 3", top.Details);
        Assert.DoesNotContain(plan.Flatten(), step => step.Operator is "Sort" or "Limit" or "Skip");
        Assert.Contains(db.Execute("EXPLAIN MATCH (n:N) RETURN n.i AS i ORDER BY i SKIP 2").Plan!.Flatten(), step => step.Operator == "Sort");
    }

    [Fact]
    public void A_later_limit_after_a_top_still_cuts()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Setup);
        var result = db.Execute("MATCH (n:N) WITH n ORDER BY n.i DESC LIMIT 5 WITH n LIMIT 2 RETURN n.i");
        Assert.Equal([40L, 39L], result.Rows.Select(r => r[0]));
    }

    [Theory]
    [InlineData("LIMIT -1")]
    [InlineData("LIMIT 1.5")]
    [InlineData("SKIP -2 LIMIT 1")]
    public void Bad_cuts_fail_as_before(string cut)
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Setup);
        Assert.Throws<CypherException>(() => db.Execute($"MATCH (n:N) RETURN n.i ORDER BY n.i {cut}"));
    }

    [Fact]
    public void Writes_before_the_cut_all_apply()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute(Setup);
        db.Execute("MATCH (n:N) SET n.seen = true WITH n ORDER BY n.i LIMIT 1 RETURN n.i");
        Assert.Equal(40L, db.Execute("MATCH (n:N {seen: true}) RETURN count(*)").Rows[0][0]);
    }
}
