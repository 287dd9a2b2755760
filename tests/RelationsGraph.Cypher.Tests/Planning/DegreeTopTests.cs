using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Tests.Storage;

namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// The top nodes by degree (GetDegree feeding a Top that groups and projects in place, see DegreeTopOperator), and
/// the store facts it leans on: the far label holding for every node and the self-loops counted per type. Each
/// answer is checked against the same query with WHERE true, which walks every relationship.
/// </summary>
public sealed class DegreeTopTests : IDisposable
{
    private const string TopByDegree = "MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 3";

    // Five members of a club with a unique number: 2, 3 and 4 tie on two acquaintances, so ties fall back to the id.
    private const string Club = """
        CREATE CONSTRAINT member_id FOR (p:Person) REQUIRE p.id IS UNIQUE
        """;
    private const string Members = """
        CREATE (a:Person {id: 1}), (b:Person {id: 2}), (c:Person {id: 3}), (d:Person {id: 4}), (e:Person {id: 5}),
               (a)-[:KNOWS]->(b), (a)-[:KNOWS]->(c), (d)-[:KNOWS]->(a), (e)-[:KNOWS]->(a),
               (b)-[:KNOWS]->(c), (d)-[:KNOWS]->(e), (a)-[:LIKES]->(e)
        """;

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    // WHERE true after the MATCH (before its first WITH or RETURN) keeps the rewrite away: the plan that walks.
    private static string Walked(string query)
    {
        var at = new[] { query.IndexOf(" WITH ", StringComparison.Ordinal), query.IndexOf(" RETURN ", StringComparison.Ordinal) }.Where(i => i >= 0).Min();
        return query.Insert(at, " WHERE true");
    }

    private static List<string> Rows(QueryResult result) => result.Rows.Select(r => string.Join("|", r.Select(v => v?.ToString() ?? "null"))).ToList();

    private static GraphDatabase Members_of_the_club(string extra = "")
    {
        var db = GraphDatabase.CreateInMemory();
        db.Execute(Club);
        db.Execute(Members + extra);
        return db;
    }

    [Fact]
    public void The_top_by_degree_reads_stored_degrees_into_one_top_operator_and_breaks_ties_by_id()
    {
        using var db = Members_of_the_club();
        Assert.Equal(["1|4", "2|2", "3|2"], Rows(db.Execute(TopByDegree)));
        Assert.Equal(Rows(db.Execute(Walked(TopByDegree))), Rows(db.Execute(TopByDegree)));
        Assert.Equal(["1|4", "2|2", "3|2"], Rows(db.Execute("PROFILE " + TopByDegree))); // PROFILE takes the scan's rows, as counted

        var plan = db.Execute("EXPLAIN " + TopByDegree).Plan!;
        var top = Assert.Single(plan.Flatten(), step => step.Operator == "Top");
        Assert.Contains("grouped and projected in place", top.Details);
        Assert.Equal("GetDegree", Assert.Single(top.Children).Operator);
        Assert.DoesNotContain(plan.Flatten(), step => step.Operator is "EagerAggregation" or "Projection" || step.Operator.StartsWith("Expand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id SKIP 1 LIMIT 2")]
    [InlineData("MATCH (p:Person)-[:KNOWS]->() RETURN p.id AS id, count(*) * 10 AS d ORDER BY d, id LIMIT 4")]
    [InlineData("MATCH (p:Person)<-[:KNOWS|LIKES]-(q) RETURN p AS node, p.id AS id, count(q) AS d ORDER BY d DESC, id LIMIT 2")]
    [InlineData("MATCH (p:Person)-[:KNOWS]-(:Person) WITH p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 3 WHERE d > 2 RETURN id, d")]
    public void Other_top_shapes_agree_with_the_walked_plan(string query)
    {
        using var db = Members_of_the_club(", (:Person)-[:KNOWS]->(:Person {id: 9})");
        Assert.Equal(Rows(db.Execute(Walked(query))), Rows(db.Execute(query)));
    }

    [Fact]
    public void Members_without_the_key_share_one_group_whose_degrees_add_up()
    {
        // Two members without a number: grouping puts them in one row, as Neo4j does, and their counts are summed.
        using var db = Members_of_the_club(", (x:Person), (y:Person), (x)-[:KNOWS]->(y), (x)-[:KNOWS]->(:Person {id: 6}), (y)-[:KNOWS]->(:Person {id: 7})");
        var rows = Rows(db.Execute(TopByDegree));
        Assert.Equal(["1|4", "null|4", "2|2"], rows); // null sorts after every number, so it loses the tie on 4 to id 1
        Assert.Equal(Rows(db.Execute(Walked(TopByDegree))), rows);
    }

    [Fact]
    public void A_knows_relationship_that_ends_on_another_label_is_not_counted()
    {
        // A robot is known by member 2: :Person no longer holds for every node, so the far end is checked.
        using var db = Members_of_the_club(", (r:Robot {id: 100}), (b)-[:KNOWS]->(r), (r)-[:KNOWS]->(c), (r)-[:KNOWS]->(:Robot)");
        Assert.Equal(["1|4", "2|2", "3|2"], Rows(db.Execute(TopByDegree)));
        Assert.Equal(Rows(db.Execute(Walked(TopByDegree))), Rows(db.Execute(TopByDegree)));
    }

    [Fact]
    public void A_self_loop_counts_once_and_the_store_counts_it_until_it_is_deleted()
    {
        using var db = Members_of_the_club(", (c)-[:KNOWS]->(c), (c)-[:KNOWS]->(c)");
        Assert.Equal(["1|4", "3|4", "2|2"], Rows(db.Execute(TopByDegree)));
        Assert.Equal(Rows(db.Execute(Walked(TopByDegree))), Rows(db.Execute(TopByDegree)));
        db.Execute("MATCH (c:Person {id: 3})-[k:KNOWS]->(c) DELETE k");
        Assert.Equal(Rows(db.Execute(Walked(TopByDegree))), Rows(db.Execute(TopByDegree)));
        Assert.Equal(["1|4", "2|2", "3|2"], Rows(db.Execute(TopByDegree)));
    }

    [Fact]
    public void A_rolled_back_write_that_broke_the_far_label_or_added_loops_leaves_the_stored_answer()
    {
        using var store = GraphStore.CreateInMemory();
        Write(store, Club);
        Write(store, Members);
        var before = Query(store, TopByDegree);

        using (var write = store.BeginWrite())
        {
            CountingReader.RunOn(write, "MATCH (b:Person {id: 2}), (c:Person {id: 3}) CREATE (b)-[:KNOWS]->(:Robot), (b)-[:KNOWS]->(b), (c)-[:KNOWS]->(c)", null);
            Assert.Equal(2, write.CountSelfLoops("KNOWS"));
            var inside = Rows(CountingReader.RunOn(write, TopByDegree, null));
            Assert.Equal(Rows(CountingReader.RunOn(write, Walked(TopByDegree), null)), inside);
            Assert.Equal(["1|4", "2|3", "3|3"], inside); // the robot is not a person; each loop counts once
            write.Rollback();
        }

        Assert.Equal(before, Query(store, TopByDegree));
        Assert.Equal(0, store.Read(tx => tx.CountSelfLoops("KNOWS")));
        Assert.Equal(before, Query(store, Walked(TopByDegree)));
    }

    [Fact]
    public void A_reader_keeps_its_snapshot_while_a_commit_breaks_the_far_label()
    {
        using var store = GraphStore.CreateInMemory();
        Write(store, Club);
        Write(store, Members);
        using var older = store.BeginRead();
        Write(store, "MATCH (b:Person {id: 2}), (c:Person {id: 3}) CREATE (b)-[:KNOWS]->(:Robot), (c)-[:KNOWS]->(c), (b)-[:KNOWS]->(c)");

        Assert.Equal(["1|4", "2|2", "3|2"], Rows(CountingReader.RunOn(older, TopByDegree, null)));
        Assert.Equal(0, older.CountSelfLoops("KNOWS"));
        Assert.Equal(1, store.Read(tx => tx.CountSelfLoops("KNOWS")));
        Assert.Equal(Query(store, Walked(TopByDegree)), Query(store, TopByDegree));
        Assert.Equal(["1|4", "3|4", "2|3"], Query(store, TopByDegree));
    }

    [Fact]
    public void Degrees_of_nodes_opened_from_a_snapshot_come_from_its_rows_and_follow_later_writes()
    {
        using (var db = GraphDatabase.Open(directory.Path))
        {
            db.Execute(Club);
            db.Execute(Members + ", (c)-[:KNOWS]->(c)");
            db.Checkpoint();
        }
        using (var db = GraphDatabase.Open(directory.Path))
        {
            Assert.Equal(Rows(db.Execute(Walked(TopByDegree))), Rows(db.Execute(TopByDegree)));
            Assert.Equal(["1|4", "3|3", "2|2"], Rows(db.Execute(TopByDegree)));
            db.Execute("MATCH (b:Person {id: 2}), (e:Person {id: 5}) CREATE (b)-[:KNOWS]->(e), (e)-[:KNOWS]->(b)");
            db.Execute("MATCH (:Person {id: 3})-[k:KNOWS]->(:Person {id: 3}) DELETE k");
            Assert.Equal(["1|4", "2|4", "5|4"], Rows(db.Execute(TopByDegree)));
            Assert.Equal(Rows(db.Execute(Walked(TopByDegree))), Rows(db.Execute(TopByDegree)));
        }
    }

    private static void Write(GraphStore store, string statement)
    {
        using var write = store.BeginWrite();
        CountingReader.RunOn(write, statement, null);
        write.Commit();
    }

    private static List<string> Query(GraphStore store, string query)
    {
        using var read = store.BeginRead();
        return Rows(CountingReader.RunOn(read, query, null));
    }
}
