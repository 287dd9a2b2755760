namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// A MATCH hop whose relationship nobody reads (anonymous, no properties, outside a path, not checked for uniqueness by a
/// later hop) walks (id, far node) pairs (IGraphReader.AppendFarEnds) instead of relationship objects. Every query here
/// is checked against the store's answer when the hop does read relationships, and against what it should be.
/// </summary>
public sealed class UnreadRelationshipHopTests
{
    // A small club: ann knows bo and cy, bo knows cy, cy knows herself and dee; dee likes ann.
    private const string Club = """
        CREATE (ann:P {n: 'ann'}), (bo:P {n: 'bo'}), (cy:P {n: 'cy'}), (dee:Q {n: 'dee'}),
               (ann)-[:K]->(bo), (ann)-[:K]->(cy), (bo)-[:K]->(cy), (cy)-[:K]->(cy), (cy)-[:K]->(dee), (dee)-[:L]->(ann)
        """;

    private static List<string> Rows(QueryResult result) => result.Rows.Select(r => string.Join("|", r.Select(v => v?.ToString() ?? "null"))).ToList();

    [Theory]
    [InlineData("MATCH (a:P {n: 'ann'})-[:K]-()-[:K]-(c) RETURN c.n AS n ORDER BY n", "bo,cy,cy,dee")]
    [InlineData("MATCH (a:P {n: 'ann'})-[:K]-()-[:K]-(c) WHERE c.n <> 'bo' RETURN count(DISTINCT c) AS d", "2")]
    [InlineData("MATCH (a:P {n: 'cy'})--(c) RETURN c.n AS n ORDER BY n", "ann,bo,cy,dee")]
    [InlineData("MATCH (a:P {n: 'cy'})<-[:K]-(c) RETURN c.n AS n ORDER BY n", "ann,bo,cy")]
    [InlineData("MATCH (a:P {n: 'ann'})-->(:P)-->(c:P) RETURN c.n AS n ORDER BY n", "cy,cy")]
    [InlineData("MATCH (a:P {n: 'ann'})-[:K|L]-(b), (b)-[:K]->(c) RETURN b.n + c.n AS n ORDER BY n", "bocy,cycy,cydee")]
    public void Answers_match_the_walk_that_reads_relationships(string query, string expected)
    {
        var (fast, reader) = CountingReader.Run(Club, query);
        Assert.True(reader.FarEndWalks > 0);
        // A named relationship is read: the same query over it walks relationship objects.
        var named = query.Replace("-[:K]-(c)", "-[last:K]-(c)").Replace("<-[:K]-(c)", "<-[last:K]-(c)").Replace("--(c)", "-[last]-(c)")
            .Replace("-->(c:P)", "-[last]->(c:P)").Replace("-[:K]->(c)", "-[last:K]->(c)");
        var (slow, slowReader) = CountingReader.Run(Club, named);
        Assert.Equal(0, slowReader.FarEndWalks);
        Assert.Equal(Rows(slow), Rows(fast));
        Assert.Equal(expected, string.Join(",", Rows(fast)));
    }

    [Fact]
    public void A_relationship_used_once_is_not_walked_back()
    {
        // ann -K-> bo alone: two hops out of ann would need the one relationship twice.
        var (result, _) = CountingReader.Run("CREATE (:P {n: 'ann'})-[:K]->(:P {n: 'bo'})", "MATCH (a:P {n: 'ann'})--()--(c) RETURN count(*) AS c");
        Assert.Equal(["0"], Rows(result));
    }

    [Theory]
    [InlineData("MATCH p = (a:P {n: 'ann'})-[:K]->() RETURN length(p) AS n")]
    [InlineData("MATCH (a:P {n: 'ann'})-[r:K]->() RETURN type(r) AS n")]
    [InlineData("MATCH (a:P {n: 'ann'})-[:K {w: 1}]->() RETURN 1 AS n")]
    [InlineData("MATCH (a:P {n: 'ann'}) RETURN [(a)-[:K]->(b) | b.n] AS n")]
    public void Hops_that_read_their_relationship_walk_relationships(string query)
    {
        var (_, reader) = CountingReader.Run(Club, query);
        Assert.Equal(0, reader.FarEndWalks);
    }

    [Fact]
    public void A_hop_before_another_keeps_its_relationship_for_the_uniqueness_check()
    {
        var (_, reader) = CountingReader.Run(Club, "MATCH (a:P {n: 'ann'})-[:K]->()-[:K]->(c) RETURN collect(c.n) AS c");
        Assert.Equal(1, reader.Expansions - reader.FarEndWalks); // the first hop, whose relationship the second checks against
        Assert.Equal(2, reader.FarEndWalks); // the second hop, once from bo and once from cy
    }

    [Fact]
    public void The_writer_walks_its_own_changes()
    {
        var (result, reader) = CountingReader.RunUncommitted(Club, "MATCH (b:P {n: 'bo'}) CREATE (b)-[:K]->(:P {n: 'eve'})",
            "MATCH (a:P {n: 'bo'})-[:K]->(c) RETURN c.n AS n ORDER BY n");
        Assert.True(reader.FarEndWalks > 0);
        Assert.Equal(["cy", "eve"], Rows(result));
    }
}
