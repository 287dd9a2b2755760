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

    // A saved circle of 40 members, each knowing the next and the one after (degree 4), and a hub at 0 that knows every
    // tenth member besides: opened again, the members are rows in the snapshot's columns, not objects.
    private GraphStore Opened_circle()
    {
        using (var db = GraphDatabase.Open(directory.Path))
        {
            db.Execute(Club);
            db.Execute("""
                UNWIND range(0, 39) AS i CREATE (:Person {id: i})
                """);
            db.Execute("""
                MATCH (a:Person), (b:Person) WHERE b.id = (a.id + 1) % 40 OR b.id = (a.id + 2) % 40 CREATE (a)-[:KNOWS]->(b)
                """);
            db.Execute("MATCH (h:Person {id: 0}), (m:Person) WHERE m.id % 10 = 5 CREATE (h)-[:KNOWS]->(m)");
            db.Checkpoint();
        }
        return GraphStore.Open(directory.Path);
    }

    [Fact]
    public void The_degree_scan_of_an_opened_store_makes_only_the_nodes_that_may_rank()
    {
        using var store = Opened_circle();
        Assert.Equal(0, store.NodeObjects);
        var top = Query(store, "MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 2");
        Assert.Equal(["0|8", "5|5"], top);
        // The heap fills with the first two members; after the hub only members that tie or beat the worst kept are made.
        Assert.InRange(store.NodeObjects, 2, 12);
        Assert.Equal(Query(store, Walked("MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 2")), top);
    }

    [Theory]
    [InlineData("MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d, id DESC LIMIT 3")]
    [InlineData("MATCH (p:Person)-[:KNOWS]->() RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id SKIP 2 LIMIT 3")]
    [InlineData("MATCH (p:Person)<-[:KNOWS]-() RETURN p.id AS id, count(*) AS d ORDER BY id DESC, d LIMIT 3")]
    [InlineData("MATCH (p)-[:KNOWS]-() RETURN p AS node, p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 3")]
    public void Shapes_over_the_degree_scan_of_an_opened_store_agree_with_the_walked_plan(string query)
    {
        using var store = Opened_circle();
        Assert.Equal(Query(store, Walked(query)), Query(store, query));
    }

    [Fact]
    public void Rows_without_the_key_are_summed_even_when_each_could_not_rank_alone()
    {
        using (var db = GraphDatabase.Open(directory.Path))
        {
            db.Execute(Club);
            // Three members with four acquaintances each, then six without a number who know one member each: alone
            // none of them ranks, together their group of six comes first.
            db.Execute("""
                CREATE (a:Person {id: 1}), (b:Person {id: 2}), (c:Person {id: 3}), (d:Person {id: 4}), (e:Person {id: 5}),
                       (a)-[:KNOWS]->(b), (a)-[:KNOWS]->(c), (a)-[:KNOWS]->(d), (a)-[:KNOWS]->(e),
                       (b)-[:KNOWS]->(c), (b)-[:KNOWS]->(d), (b)-[:KNOWS]->(e), (c)-[:KNOWS]->(d), (c)-[:KNOWS]->(e)
                WITH e UNWIND range(1, 6) AS i CREATE (:Person)-[:KNOWS]->(e)
                """);
            db.Checkpoint();
        }
        using var store = GraphStore.Open(directory.Path);
        var top = Query(store, TopByDegree);
        Assert.Equal(["5|9", "null|6", "1|4"], top);
        Assert.Equal(Query(store, Walked(TopByDegree)), top);
    }

    [Fact]
    public void The_degree_scan_sees_each_reader_its_snapshot_with_nodes_written_and_deleted_since_opening()
    {
        using var store = Opened_circle();
        const string top3 = "MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 3";
        using var older = store.BeginRead();
        // The hub goes and a newcomer knows ten members; then member 7 loses its label (so is no longer scanned).
        Write(store, "MATCH (h:Person {id: 0}) DETACH DELETE h");
        Write(store, "CREATE (n:Person {id: 100}) WITH n MATCH (m:Person) WHERE m.id >= 10 AND m.id < 20 CREATE (n)-[:KNOWS]->(m)");
        // A reader's snapshot is ambient on its flow: the later reader ends before the older one is asked again.
        using (var between = store.BeginRead())
        {
            Write(store, "MATCH (m:Person {id: 7}) REMOVE m:Person SET m:Former");
            var now = Rows(CountingReader.RunOn(between, top3, null));
            Assert.Equal(["100|10", "10|5", "11|5"], now);
            Assert.Equal(Rows(CountingReader.RunOn(between, Walked(top3), null)), now);
        }
        Assert.Equal(["0|8", "5|5", "15|5"], Rows(CountingReader.RunOn(older, top3, null)));
        var byLabel = "MATCH (p:Person)-[:KNOWS]->() RETURN p.id AS id, count(*) AS d ORDER BY d, id LIMIT 40";
        Assert.Equal(Query(store, Walked(byLabel)), Query(store, byLabel));
        Assert.DoesNotContain(Query(store, byLabel), row => row.StartsWith("7|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_node_made_but_unchanged_is_read_from_its_row_and_a_changed_one_from_its_object()
    {
        using var store = Opened_circle();
        Assert.Equal(40, Query(store, "MATCH (p:Person) RETURN p.id").Count); // every member made, none changed
        using var older = store.BeginRead();
        // Member 5 loses its number (its row still holds it) and member 9 gains two acquaintances (its row has four).
        Write(store, "MATCH (m:Person {id: 5}) REMOVE m.id");
        Write(store, "MATCH (m:Person {id: 9}), (o:Person {id: 30}) CREATE (m)-[:KNOWS]->(o), (o)-[:KNOWS]->(m)");

        var now = Query(store, TopByDegree);
        Assert.Equal(["0|8", "9|6", "30|6"], now);
        Assert.Equal(Query(store, Walked(TopByDegree)), now);
        Assert.Equal(["0|8", "5|5", "15|5"], Rows(CountingReader.RunOn(older, TopByDegree, null)));
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
