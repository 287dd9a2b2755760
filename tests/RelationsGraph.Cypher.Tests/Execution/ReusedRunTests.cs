namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>
/// Operators keep their run and start it again for the next row of a sub-plan (ReusableRun), and a unit
/// CALL { } over fresh rows fills each row in place: answers stay those of a fresh run per row.
/// </summary>
public sealed class ReusedRunTests
{
    private readonly GraphDatabase db = GraphDatabase.CreateInMemory();

    private void People(int count)
    {
        db.Execute("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        db.Execute("UNWIND range(1, $n) AS i CREATE (:Person {id: i})", new Dictionary<string, object?> { ["n"] = (long)count });
    }

    [Fact]
    public void A_subquery_run_once_per_row_answers_each_row_afresh()
    {
        People(5);
        // The same seeks and CREATE run for every row; rows whose seek finds nothing make nothing.
        db.Execute("UNWIND [[1, 2], [2, 3], [9, 1], [3, 4], [4, 5]] AS pair CALL { WITH pair MATCH (a:Person {id: pair[0]}), (b:Person {id: pair[1]}) CREATE (a)-[:KNOWS]->(b) }");
        var rows = db.Execute("MATCH (a:Person)-[:KNOWS]->(b:Person) RETURN a.id * 10 + b.id AS pair ORDER BY pair").Rows;
        Assert.Equal([12L, 23L, 34L, 45L], rows.Select(row => row[0]));
    }

    [Fact]
    public void A_subquery_nested_in_a_subquery_runs_its_own_operators_each_time()
    {
        People(3);
        var rows = db.Execute(
            "UNWIND [1, 2, 3] AS x CALL { WITH x UNWIND [1, 2, 3] AS y CALL { WITH x, y MATCH (a:Person {id: x}), (b:Person {id: y}) CREATE (a)-[:SEES]->(b) } RETURN count(*) AS made } RETURN x, made ORDER BY x").Rows;
        Assert.Equal([1L, 2L, 3L], rows.Select(row => row[0]));
        Assert.All(rows, row => Assert.Equal(3L, row[1]));
        Assert.Equal(9L, db.Execute("MATCH (:Person)-[r:SEES]->(:Person) RETURN count(r)").Rows[0][0]);
    }

    [Fact]
    public void A_unit_subquery_leaves_the_outer_variables_as_they_were()
    {
        People(3);
        // The subquery binds variables of its own, some only now and then (OPTIONAL MATCH), in the row it is given.
        var rows = db.Execute(
            "UNWIND [1, 2, 3] AS x WITH x, x * 100 AS kept CALL { WITH x OPTIONAL MATCH (p:Person {id: x})-[:KNOWS]->(q) CREATE (:Log {x: x, q: q.id}) } RETURN x, kept ORDER BY x").Rows;
        Assert.Equal(["1/100", "2/200", "3/300"], rows.Select(row => $"{row[0]}/{row[1]}"));
        Assert.Equal(3L, db.Execute("MATCH (l:Log) WHERE l.q IS NULL RETURN count(l)").Rows[0][0]);
    }

    [Fact]
    public void A_seek_inside_a_subquery_finds_every_holder_of_a_key_shared_by_several()
    {
        db.Execute("CREATE INDEX FOR (p:P) ON (p.k)");
        db.Execute("CREATE (:P {k: 1, n: 'a'}), (:P {k: 1, n: 'b'}), (:P {k: 2, n: 'c'})");
        db.Execute("UNWIND [1, 2, 1] AS k CALL { WITH k MATCH (p:P {k: k}) CREATE (p)-[:HIT]->(:Mark {k: k}) }");
        var rows = db.Execute("MATCH (p:P)-[:HIT]->(m:Mark) RETURN p.n AS n, count(m) AS hits ORDER BY n").Rows;
        Assert.Equal(["a:2", "b:2", "c:1"], rows.Select(row => $"{row[0]}:{row[1]}"));
    }

    [Fact]
    public void Merge_of_a_relationship_between_bound_nodes_finds_it_in_either_direction_asked()
    {
        People(3);
        db.Execute("MATCH (a:Person {id: 1}), (b:Person {id: 2}) CREATE (a)-[:KNOWS {since: 2000}]->(b)");
        var merged = db.Execute("UNWIND [[1, 2], [1, 2], [2, 1], [2, 3]] AS pair MATCH (a:Person {id: pair[0]}), (b:Person {id: pair[1]}) MERGE (a)-[:KNOWS]->(b)");
        Assert.Equal(2, merged.Statistics.RelationshipsCreated); // 2->1 and 2->3 are new; 1->2 was there
        Assert.Equal(0, db.Execute("MATCH (a:Person {id: 1}), (b:Person {id: 2}) MERGE (b)-[:KNOWS]-(a)").Statistics.RelationshipsCreated);
        // A property in the pattern: the one there has another value, so a second relationship is made, once.
        Assert.Equal(1, db.Execute("UNWIND [1, 2] AS i MATCH (a:Person {id: 1}), (b:Person {id: 2}) MERGE (a)-[:KNOWS {since: 2010}]->(b)").Statistics.RelationshipsCreated);
        Assert.Single(db.Execute("MATCH (a:Person {id: 1}), (b:Person {id: 2}) MERGE (a)-[r:KNOWS {since: 2000}]->(b) RETURN r").Rows);
    }
}
