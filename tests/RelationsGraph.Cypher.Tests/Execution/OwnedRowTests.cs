namespace RelationsGraph.Cypher.Tests.Execution;

/// <summary>
/// Operators that fill the row their input handed up (a seek over a seek, CREATE or MERGE over a seek) instead
/// of copying it: every output row stays its own when one input row gives several outputs.
/// </summary>
public sealed class OwnedRowTests
{
    private readonly GraphDatabase db = GraphDatabase.CreateInMemory();

    private IReadOnlyList<string> Pairs(string query) =>
        [.. db.Execute(query).Rows.Select(row => $"{row[0]}-{row[1]}").Order()];

    private void TwoHoldersOfEachKey()
    {
        db.Execute("CREATE INDEX FOR (p:P) ON (p.k)");
        db.Execute("CREATE (:P {k: 1, n: 'a'}), (:P {k: 1, n: 'b'}), (:P {k: 2, n: 'c'}), (:P {k: 2, n: 'd'})");
    }

    private void InWrite(string query) => db.Execute("MATCH (p:P {k: 1}) SET p.touched = true WITH count(*) AS c " + query);

    [Fact]
    public void A_seek_over_a_seek_yields_every_pair_when_both_keys_have_several_holders()
    {
        TwoHoldersOfEachKey();
        // Inside a write the seek reads the writer's copied holders, the path that hands its row on.
        var rows = db.Execute("MATCH (p:P {k: 1}) SET p.touched = true WITH count(*) AS c MATCH (a:P {k: 1}), (b:P {k: 2}) RETURN a.n, b.n").Rows;
        Assert.Equal(["a-c", "a-d", "b-c", "b-d"], rows.Select(row => $"{row[0]}-{row[1]}").Order());
    }

    [Fact]
    public void Rows_held_back_by_an_eager_stay_distinct()
    {
        TwoHoldersOfEachKey();
        // Creating nodes keeps the Eager between the seeks and the write: it holds every row the seeks yielded.
        InWrite("MATCH (a:P {k: 1}), (b:P {k: 2}) CREATE (a)-[:R]->(:X {to: b.n})");
        Assert.Equal(["a-c", "a-d", "b-c", "b-d"], Pairs("MATCH (a)-[:R]->(x:X) RETURN a.n, x.to"));
        var kept = db.Execute("MATCH (p:P {k: 1}) SET p.touched = true WITH count(*) AS c MATCH (a:P {k: 1}), (b:P {k: 2}) WITH a, b ORDER BY a.n, b.n RETURN a.n, b.n").Rows;
        Assert.Equal(["a-c", "a-d", "b-c", "b-d"], kept.Select(row => $"{row[0]}-{row[1]}"));
    }

    [Fact]
    public void A_seek_over_unwind_keeps_each_element_with_each_holder()
    {
        TwoHoldersOfEachKey();
        InWrite("UNWIND [1, 2, 1] AS k MATCH (a:P {k: k}) CREATE (:Y {n: a.n, k: k})");
        Assert.Equal(["a-1", "a-1", "b-1", "b-1", "c-2", "d-2"], Pairs("MATCH (y:Y) RETURN y.n, y.k"));
        var rows = db.Execute("UNWIND [2, 1] AS k MATCH (a:P {k: k}) WITH k, a ORDER BY k, a.n RETURN k, a.n").Rows;
        Assert.Equal(["1-a", "1-b", "2-c", "2-d"], rows.Select(row => $"{row[0]}-{row[1]}"));
    }

    [Fact]
    public void Create_over_seeks_links_every_pair_once()
    {
        TwoHoldersOfEachKey();
        InWrite("MATCH (a:P {k: 1}), (b:P {k: 2}) CREATE (a)-[:R]->(b)");
        Assert.Equal(["a-c", "a-d", "b-c", "b-d"], Pairs("MATCH (a)-[:R]->(b) RETURN a.n, b.n"));
    }

    [Fact]
    public void Create_returns_the_rows_it_made_and_merge_over_seeks_links_every_pair_once()
    {
        TwoHoldersOfEachKey();
        var made = db.Execute("MATCH (p:P {k: 1}) SET p.touched = true WITH count(*) AS c MATCH (a:P {k: 1}), (b:P {k: 2}) CREATE (a)-[r:S]->(b) RETURN a.n, b.n, type(r)").Rows;
        Assert.Equal(["a-c-S", "a-d-S", "b-c-S", "b-d-S"], made.Select(row => $"{row[0]}-{row[1]}-{row[2]}").Order());
        InWrite("MATCH (a:P {k: 1}), (b:P {k: 2}) MERGE (a)-[:M]->(b)");
        InWrite("MATCH (a:P {k: 1}), (b:P {k: 2}) MERGE (a)-[:M]->(b)");
        Assert.Equal(["a-c", "a-d", "b-c", "b-d"], Pairs("MATCH (a)-[:M]->(b) RETURN a.n, b.n"));
    }
}
