using RelationsGraph.Cypher.Tests.Storage;

namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>CALL { ... } subqueries and CALL { ... } IN TRANSACTIONS OF n ROWS, with Neo4j 5's scoping and refusals.</summary>
public sealed class CallSubqueryTests : QueryTestBase
{
    [Fact]
    public void A_returning_subquery_runs_per_row_with_imported_variables()
    {
        Run("CREATE (:P {n: 1})-[:R]->(:Q), (:P {n: 2})");
        var rows = Run("MATCH (p:P) CALL { WITH p MATCH (p)-->(q) RETURN count(q) AS out } RETURN p.n, out ORDER BY p.n").Rows;
        Assert.Equal([[1L, 1L], [2L, 0L]], rows.Select(r => r.ToArray()));
        rows = Run("MATCH (p:P) CALL (p) { RETURN p.n * 10 AS tens } RETURN tens ORDER BY tens").Rows;
        Assert.Equal([10L, 20L], rows.Select(r => r[0]));
    }

    [Fact]
    public void A_unit_subquery_runs_for_its_effects_and_keeps_the_rows()
    {
        var rows = Run("UNWIND [1, 2, 3] AS x CALL { WITH x CREATE (:N {x: x}) } RETURN x").Rows;
        Assert.Equal(3, rows.Count);
        Assert.Equal(6L, Scalar("MATCH (n:N) RETURN sum(n.x)"));
    }

    [Fact]
    public void A_variable_the_subquery_does_not_import_is_a_new_one_inside_it()
    {
        // The inner p is not the outer p (Neo4j 5 scoping): each outer row counts every :P node.
        Run("CREATE (:P {n: 1}), (:P {n: 2})");
        var rows = Run("MATCH (p:P) CALL { MATCH (p:P) RETURN count(p) AS c } RETURN p.n, c ORDER BY p.n").Rows;
        Assert.Equal([[1L, 2L], [2L, 2L]], rows.Select(r => r.ToArray()));
        rows = Run("MATCH (p:P) CALL { RETURN size([(p:P) | p]) AS c } RETURN p.n, c ORDER BY p.n").Rows;
        Assert.Equal([[1L, 2L], [2L, 2L]], rows.Select(r => r.ToArray()));
    }

    [Theory]
    [InlineData("WITH 1 AS a CALL { RETURN a AS b } RETURN b", "Variable `a` not defined")]
    [InlineData("WITH 1 AS a CALL { WITH a RETURN a } RETURN a", "Variable `a` already declared in outer scope")]
    [InlineData("WITH 1 AS a CALL (b) { RETURN 1 AS c } RETURN c", "Variable `b` not defined")]
    [InlineData("UNWIND [1] AS x CALL { WITH x CALL { CREATE () } IN TRANSACTIONS } RETURN x", "nested in a regular right-hand-side subquery is not supported")]
    [InlineData("UNWIND [1] AS x CALL { CREATE () } IN TRANSACTIONS OF 0 ROWS", "Must be a positive integer")]
    public void Scoping_and_nesting_follow_Neo4j(string query, string message) =>
        Assert.Contains(message, Assert.Throws<CypherException>(() => Run(query)).Message);

    [Fact]
    public void In_transactions_is_refused_inside_an_explicit_transaction()
    {
        using var transaction = Db.BeginTransaction();
        var error = Assert.Throws<CypherException>(() => transaction.Execute("UNWIND [1, 2] AS x CALL { WITH x CREATE (:N {x: x}) } IN TRANSACTIONS"));
        Assert.Equal("A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.", error.Message);
    }

    [Fact]
    public void In_transactions_commits_batches_that_survive_a_later_failure()
    {
        using var directory = new TempDirectory();
        using (var db = GraphDatabase.Open(directory.Path))
        {
            // Row 5 divides by zero: batches [1,2] and [3,4] are committed by then, batch [5,6] rolls back.
            var error = Assert.Throws<CypherException>(() => db.Execute(
                "UNWIND range(1, 6) AS x CALL { WITH x CREATE (:N {x: x, check: 1 / (5 - x)}) } IN TRANSACTIONS OF 2 ROWS"));
            Assert.Contains("/ by zero", error.Message);
        }
        using var reopened = GraphDatabase.Open(directory.Path);
        Assert.Equal([1L, 2L, 3L, 4L], reopened.Execute("MATCH (n:N) RETURN n.x ORDER BY n.x").Rows.Select(r => r[0]));
    }

    [Fact]
    public void In_transactions_deletes_in_batches()
    {
        Run("UNWIND range(1, 5) AS x CREATE (:N {x: x})-[:R]->(:M)");
        var result = Run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 3 ROWS");
        Assert.Equal(10, result.Statistics.NodesDeleted);
        Assert.Equal(0L, Scalar("MATCH (n) RETURN count(n)"));
        Run("UNWIND range(1, 4) AS x CREATE (:N {x: x})");
        Run("MATCH (n:N) CALL { WITH n DELETE n } IN TRANSACTIONS OF 2 ROWS");
        Assert.Equal(0L, Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void In_transactions_applies_every_row_and_counts_them()
    {
        var result = Run("UNWIND range(1, 2500) AS x CALL { WITH x CREATE (:N {x: x}) } IN TRANSACTIONS");
        Assert.Equal(2500, result.Statistics.NodesCreated);
        Assert.Equal(2500L, Scalar("MATCH (n:N) RETURN count(*)"));
        Assert.Equal(5L, Scalar("UNWIND range(1, 5) AS x CALL { WITH x MATCH (n:N {x: x}) RETURN n } IN TRANSACTIONS OF 2 ROWS RETURN count(n)"));
    }
}
