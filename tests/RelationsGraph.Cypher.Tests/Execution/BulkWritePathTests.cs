using RelationsGraph.Cypher.Tests.Storage;

namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>
/// The write path a bulk load takes (index seeks inside a write transaction, CREATE of relationships
/// without properties, LOAD CSV in transactions, UNWIND ... MERGE) answers as the general path does.
/// </summary>
public sealed class BulkWritePathTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly GraphDatabase db = GraphDatabase.CreateInMemory();

    private object? Scalar(string query, IReadOnlyDictionary<string, object?>? parameters = null, QueryOptions? options = null) =>
        db.Execute(query, parameters, options).Rows.Single()[0];

    [Fact]
    public void A_seek_inside_a_write_finds_every_holder_of_an_equivalent_key_in_the_newest_state()
    {
        db.Execute("CREATE INDEX FOR (p:P) ON (p.k)");
        db.Execute("CREATE (:P {k: 1}), (:P {k: 1}), (:P {k: 1.0}), (:P {k: 2}), (:Q {k: 1}), (:P {k: '1'})");
        Assert.Equal(3L, Scalar("MATCH (p:P {k: 1}) SET p.seen = true RETURN count(*)"));
        // Writes in the same statement: one node joins key 1, another leaves it; the later seeks see both changes.
        Assert.Equal(3L, Scalar("MATCH (p:P {k: 2}) SET p.k = 1 WITH count(*) AS c MATCH (q:P {k: 1}) WITH q LIMIT 1 SET q.k = 3 WITH count(*) AS c MATCH (r:P {k: 1}) RETURN count(r)"));
        Assert.Equal(1L, Scalar("MATCH (p:P {k: '1'}) SET p.seen = true RETURN count(*)"));
        Assert.Equal(0L, Scalar("MATCH (p:P {k: 9}) SET p.seen = true RETURN count(*)"));
    }

    [Fact]
    public void A_seek_inside_a_write_drops_nodes_that_left_the_key_however_they_left()
    {
        db.Execute("CREATE CONSTRAINT p_k FOR (p:P) REQUIRE p.k IS UNIQUE");
        db.Execute("UNWIND range(1, 5) AS k CREATE (:P {k: k, other: 'x'})");
        using (var transaction = db.BeginTransaction())
        {
            transaction.Execute("CREATE (:P {k: 6})");
            transaction.Rollback();
        }
        const string seekAfterWrite = " WITH count(*) AS c MATCH (q:P {k: $k}) RETURN count(q)";
        object? After(string write, long k) => Scalar("MATCH (p:P {k: $k}) " + write + seekAfterWrite, new Dictionary<string, object?> { ["k"] = k });
        Assert.Equal(0L, Scalar("MATCH (q:P {k: 6}) SET q.seen = true RETURN count(q)")); // rolled back
        Assert.Equal(0L, After("REMOVE p:P", 1));
        Assert.Equal(0L, After("DETACH DELETE p", 2));
        Assert.Equal(0L, After("SET p.k = 30", 3));
        Assert.Equal(0L, After("REMOVE p.k", 4));
        Assert.Equal(1L, After("SET p.other = 'y'", 5)); // another property changed: still there
        Assert.Equal(0L, Scalar("MATCH (q:P {k: '5'}) SET q.seen = true RETURN count(q)")); // no match across types
        Assert.Equal(1L, Scalar("MATCH (q:P {k: 5.0}) SET q.seen = true RETURN count(q)")); // 5.0 = 5
        Assert.Equal(1L, Scalar("MATCH (q:P {k: 30}) SET q.seen = true RETURN count(q)"));
    }

    [Fact]
    public void Created_relationships_without_a_map_have_no_properties_and_those_with_one_keep_it()
    {
        db.Execute("CREATE (:N {id: 1}), (:N {id: 2})");
        db.Execute("MATCH (a:N {id: 1}), (b:N {id: 2}) CREATE (a)-[:T]->(b), (b)-[:T {w: 3, gone: null}]->(a)");
        var rows = db.Execute("MATCH (a:N)-[r:T]->(b:N) RETURN a.id AS a, properties(r) AS p ORDER BY a").Rows;
        Assert.Equal(new Dictionary<string, object?>(), rows[0][1]);
        Assert.Equal(new Dictionary<string, object?> { ["w"] = 3L }, rows[1][1]);
    }

    [Fact]
    public void Load_csv_in_transactions_links_nodes_by_their_unique_ids()
    {
        File.WriteAllText(folder.File("nodes.csv"), "id,score\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},{i * 7 % 10}\n")));
        File.WriteAllText(folder.File("rels.csv"), "from,to\n" + string.Concat(Enumerable.Range(0, 120).Select(i => $"{i % 50},{(i * 13 + 1) % 50}\r\n")));
        var options = new QueryOptions { ImportDirectory = folder.Path };
        db.Execute("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        db.Execute("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row CALL { WITH row CREATE (:Person {id: toInteger(row.id), score: toInteger(row.score)}) } IN TRANSACTIONS OF 7 ROWS", options: options);
        var created = db.Execute("LOAD CSV WITH HEADERS FROM 'file:///rels.csv' AS row CALL { WITH row MATCH (a:Person {id: toInteger(row.from)}), (b:Person {id: toInteger(row.to)}) CREATE (a)-[:KNOWS]->(b) } IN TRANSACTIONS OF 11 ROWS", options: options);
        Assert.Equal(120, created.Statistics.RelationshipsCreated);
        var expected = Enumerable.Range(0, 120).Sum(i => (long)(i % 50) * 100 + (i * 13 + 1) % 50);
        Assert.Equal(expected, Scalar("MATCH (a:Person)-[:KNOWS]->(b:Person) RETURN sum(a.id * 100 + b.id)"));
        Assert.Equal(Enumerable.Range(0, 50).Sum(i => (long)(i * 7 % 10)), Scalar("MATCH (p:Person) RETURN sum(p.score)"));
    }

    [Fact]
    public void Unwind_merge_creates_each_pair_once_and_matches_it_after()
    {
        db.Execute("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        db.Execute("UNWIND range(0, 19) AS i MERGE (p:Person {id: i}) SET p.score = i % 3");
        var pairs = Enumerable.Range(0, 60).Select(i => (object?)new Dictionary<string, object?> { ["a"] = (long)(i % 20), ["b"] = (long)((i * 7 + 3) % 20) }).ToList();
        const string merge = "UNWIND $rows AS r MATCH (a:Person {id: r.a}), (b:Person {id: r.b}) MERGE (a)-[:KNOWS]->(b)";
        var first = db.Execute(merge, new Dictionary<string, object?> { ["rows"] = pairs });
        var distinct = pairs.Cast<Dictionary<string, object?>>().Select(p => (p["a"], p["b"])).Distinct().Count();
        Assert.Equal(distinct, first.Statistics.RelationshipsCreated);
        Assert.Equal(0, db.Execute(merge, new Dictionary<string, object?> { ["rows"] = pairs }).Statistics.RelationshipsCreated);
        Assert.Equal((long)distinct, Scalar("MATCH (:Person)-[r:KNOWS]->(:Person) RETURN count(r)"));
    }

    [Fact]
    public void Merge_of_a_relationship_matches_by_direction_type_and_properties_from_either_end()
    {
        db.Execute("CREATE (a:N {id: 1}), (b:N {id: 2}) CREATE (a)-[:T {w: 1}]->(b), (a)-[:T {w: 2}]->(b), (b)-[:U]->(a)");
        db.Execute("MATCH (b:N {id: 2}) UNWIND range(3, 12) AS i CREATE (b)-[:T]->(:N {id: i})"); // b's side is the longer one
        Assert.Equal(0, db.Execute("MATCH (a:N {id: 1}), (b:N {id: 2}) MERGE (a)-[r:T {w: 2}]->(b)").Statistics.RelationshipsCreated);
        Assert.Equal(2L, Scalar("MATCH (a:N {id: 1}), (b:N {id: 2}) MERGE (a)-[r:T]->(b) RETURN count(r)"));
        Assert.Equal(1, db.Execute("MATCH (a:N {id: 1}), (b:N {id: 2}) MERGE (a)-[r:T {w: 3}]->(b)").Statistics.RelationshipsCreated);
        Assert.Equal(1, db.Execute("MATCH (a:N {id: 1}), (b:N {id: 2}) MERGE (a)-[:U]->(b)").Statistics.RelationshipsCreated);
        Assert.Equal(2L, Scalar("MATCH (a:N {id: 1}), (b:N {id: 2}) MERGE (a)-[r:U]-(b) RETURN count(r)"));
        Assert.Equal(new object?[] { "A", "B" }, Scalar("CREATE (n:A:A:B) RETURN labels(n)"));
    }

    [Fact]
    public void Entities_created_in_one_row_and_row_after_row_each_keep_only_their_own_properties()
    {
        // One property list serves every entity a statement creates: none may see another's keys.
        db.Execute("UNWIND range(1, 3) AS i CREATE (:W {i: i, odd: CASE WHEN i % 2 = 1 THEN true END})-[:V {at: i}]->(:X {j: i * 10}), (:Y)");
        db.Execute("CREATE (:Z $first), (:Z $second)-[:V $third]->(:Z)", new Dictionary<string, object?>
        {
            ["first"] = new Dictionary<string, object?> { ["a"] = 1L },
            ["second"] = new Dictionary<string, object?> { ["b"] = 2L, ["c"] = null },
            ["third"] = new Dictionary<string, object?> { ["d"] = 4L },
        });

        long[] Sizes(string query) => [.. db.Execute(query).Rows.Select(row => (long)row[0]!)];
        Assert.Equal([2L, 1L, 2L], Sizes("MATCH (w:W) RETURN size(keys(w)) AS n ORDER BY w.i"));
        Assert.Equal(6L, Scalar("MATCH (w:W)-[v:V]->(x:X) WHERE keys(v) = ['at'] AND keys(x) = ['j'] AND v.at = w.i AND x.j = w.i * 10 RETURN sum(v.at)"));
        Assert.Equal(0L, Scalar("MATCH (y:Y) WHERE size(keys(y)) > 0 RETURN count(y)"));
        Assert.Equal([1L, 1L, 0L], Sizes("MATCH (z:Z) RETURN size(keys(z)) AS n ORDER BY id(z)"));
        Assert.Equal(2L, Scalar("MATCH (z:Z) WHERE z.a = 1 OR z.b = 2 RETURN count(z)"));
        Assert.Equal(4L, Scalar("MATCH (:Z)-[v:V]->(:Z) WHERE keys(v) = ['d'] RETURN v.d"));
    }

    public void Dispose()
    {
        db.Dispose();
        folder.Dispose();
    }
}
