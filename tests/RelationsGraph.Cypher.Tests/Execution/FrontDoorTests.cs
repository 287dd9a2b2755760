using System.Text.Json;

namespace RelationsGraph.Cypher.Tests.Execution;

public sealed class FrontDoorTests : QueryTestBase
{
    [Fact]
    public void Read_only_mode_names_the_refused_clause()
    {
        var error = Assert.Throws<CypherException>(() => Db.Execute("MATCH (n) DETACH DELETE n", options: new QueryOptions { ReadOnly = true }));
        Assert.Equal("AccessMode", error.ErrorClass);
        Assert.Equal("DETACH DELETE is not allowed in read-only mode.", error.Message);
        Assert.Equal(1L, Db.Execute("RETURN 1", options: new QueryOptions { ReadOnly = true }).Rows[0][0]);
    }

    [Fact]
    public void Max_rows_truncates_and_says_so()
    {
        var result = Db.Execute("UNWIND range(1, 10) AS x RETURN x", options: new QueryOptions { MaxRows = 3 });
        Assert.True(result.Truncated);
        Assert.Equal(3, result.Rows.Count);
        Assert.False(Db.Execute("UNWIND range(1, 3) AS x RETURN x", options: new QueryOptions { MaxRows = 3 }).Truncated);
    }

    [Fact]
    public void Timeout_and_cancellation_stop_long_queries()
    {
        var timeout = Assert.Throws<CypherException>(() => Db.Execute(
            "UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*)", options: new QueryOptions { Timeout = TimeSpan.FromMilliseconds(50) }));
        Assert.Equal("Timeout", timeout.ErrorClass);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Equal("Timeout", Assert.Throws<CypherException>(() => Db.Execute("UNWIND range(1, 10000) AS x RETURN x", cancellationToken: cancelled.Token)).ErrorClass);
    }

    [Fact]
    public void Parameters_from_dotnet_are_normalised()
    {
        var json = JsonDocument.Parse("""{"n": 3, "f": 1.5, "s": ["a", "b"]}""").RootElement;
        var parameters = new Dictionary<string, object?>
        {
            ["i"] = 7, ["f"] = 2.5f, ["d"] = 1.25m, ["arr"] = new[] { 1, 2 }, ["json"] = json,
            ["map"] = new Dictionary<string, int> { ["k"] = 1 },
        };
        var row = Db.Execute("RETURN $i + 1, $f, $d, $arr, $json.n, $json.s[1], $map.k", parameters).Rows[0];
        Assert.Equal(8L, row[0]);
        Assert.Equal(2.5, row[1]);
        Assert.Equal(1.25, row[2]);
        Assert.Equal(new object?[] { 1L, 2L }, (IReadOnlyList<object?>)row[3]!);
        Assert.Equal(3L, row[4]);
        Assert.Equal("b", row[5]);
        Assert.Equal(1L, row[6]);
    }

    [Fact]
    public void Explicit_transaction_commits_rolls_back_and_keeps_earlier_statements_on_failure()
    {
        using (var tx = Db.BeginTransaction())
        {
            tx.Execute("CREATE (:T {v: 1})");
            Assert.Throws<CypherException>(() => tx.Execute("CREATE (:T {v: 1 / 0})"));
            Assert.Equal(1L, tx.Execute("MATCH (t:T) RETURN count(t)").Rows[0][0]);
            tx.Commit();
        }
        using (var tx = Db.BeginTransaction())
        {
            tx.Execute("CREATE (:T {v: 2})");
            tx.Rollback();
        }
        Assert.Equal(1L, Scalar("MATCH (t:T) RETURN count(t)"));
    }

    [Fact]
    public void Runtime_type_errors_name_the_types()
    {
        var error = Assert.Throws<CypherException>(() => Db.Execute("RETURN $x + $y", new Dictionary<string, object?> { ["x"] = 1, ["y"] = true }));
        Assert.Equal("TypeError", error.ErrorClass);
        Assert.Contains("Integer", error.Message);
        Assert.Contains("Boolean", error.Message);
    }

    [Fact]
    public void Registered_procedures_answer_from_their_table()
    {
        Db.RegisterProcedure("test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: INTEGER?)",
        [
            new Dictionary<string, object?> { ["name"] = "a", ["in"] = 1L, ["out"] = 10L },
            new Dictionary<string, object?> { ["name"] = "a", ["in"] = 2L, ["out"] = 20L },
        ]);
        Assert.Equal([20L], Column("CALL test.my.proc('a', 2) YIELD out RETURN out"));
        Assert.Equal("ProcedureError", Assert.Throws<CypherException>(() => Run("CALL no.such.proc()")).ErrorClass);
    }

    [Fact]
    public void On_disk_database_keeps_committed_data_across_reopen()
    {
        var directory = Directory.CreateTempSubdirectory("rg-exec-").FullName;
        try
        {
            using (var db = GraphDatabase.Open(directory))
            {
                db.Execute("CREATE (:City {name: 'Lyon'})-[:NEAR]->(:City {name: 'Vienne'})");
                using var tx = db.BeginTransaction();
                tx.Execute("CREATE (:City {name: 'never'})");
                tx.Rollback();
            }
            using (var db = GraphDatabase.Open(directory))
            {
                var names = db.Execute("MATCH (c:City)-[:NEAR]->(d) RETURN c.name, d.name").Rows;
                Assert.Equal(new object?[] { "Lyon", "Vienne" }, Assert.Single(names));
                Assert.Equal(2L, db.Execute("MATCH (c:City) RETURN count(c)").Rows[0][0]);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
