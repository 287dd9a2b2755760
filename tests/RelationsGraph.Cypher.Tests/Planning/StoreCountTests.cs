namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>
/// Counts the store can answer without walking the graph: label counts, type counts and stored degrees.
/// Each test checks the answer and, through a counting view of a real store, that no scan or expansion ran.
/// </summary>
public sealed class StoreCountTests
{
    private const string People = """
        CREATE (ada:Person {name: 'Ada'}), (bob:Person {name: 'Bob'}), (cy:Person {name: 'Cy'}), (:Place {name: 'Oslo'}),
               (ada)-[:KNOWS]->(bob), (ada)-[:KNOWS]->(cy), (bob)-[:KNOWS]->(cy), (ada)-[:LIKES]->(cy), (cy)-[:LIKES]->(cy)
        """;

    private static object?[][] Rows(QueryResult result) => result.Rows.Select(r => r.ToArray()).ToArray();

    [Theory]
    [InlineData("MATCH (p:Person) RETURN count(*)", 3L)]
    [InlineData("MATCH (p:Person) RETURN count(p) AS people", 3L)]
    [InlineData("MATCH (p:Nobody) RETURN count(*)", 0L)]
    [InlineData("MATCH (n) RETURN count(n)", 4L)]
    public void Label_counts_come_from_the_label_index(string query, long expected)
    {
        var (result, reader) = CountingReader.Run(People, query);
        Assert.Equal(expected, Assert.Single(result.Rows)[0]);
        Assert.Equal(0, reader.NodeScans);
    }

    [Fact]
    public void Counting_keeps_column_names_and_what_follows()
    {
        var (result, reader) = CountingReader.Run(People, "MATCH (p:Person) WITH count(*) AS c WHERE c > 2 RETURN c * 10 AS tens");
        Assert.Equal(["tens"], result.Columns);
        Assert.Equal(30L, Assert.Single(result.Rows)[0]);
        Assert.Equal(0, reader.NodeScans);
        Assert.Equal(["count(*)"], CountingReader.Run(People, "MATCH (p:Person) RETURN count(*)").Result.Columns);
    }

    [Theory]
    [InlineData("MATCH ()-[r:KNOWS]->() RETURN count(r)", 3L)]
    [InlineData("MATCH ()<-[r:LIKES]-() RETURN count(*)", 2L)]
    [InlineData("MATCH ()-[r]->() RETURN count(r)", 5L)]
    [InlineData("MATCH ()-[r:NONE]->() RETURN count(r)", 0L)]
    public void Type_counts_come_from_the_store(string query, long expected)
    {
        var (result, reader) = CountingReader.Run(People, query);
        Assert.Equal(expected, Assert.Single(result.Rows)[0]);
        Assert.Equal(0, reader.NodeScans + reader.RelationshipScans + reader.Expansions);
    }

    [Fact]
    public void Type_counts_follow_deletes()
    {
        var (result, _) = CountingReader.Run(People + " WITH 1 AS x MATCH ()-[k:KNOWS]->() WITH k LIMIT 1 DELETE k",
            "MATCH ()-[r:KNOWS]->() RETURN count(r)");
        Assert.Equal(2L, Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public void Counts_follow_a_rolled_back_transaction()
    {
        using var db = GraphDatabase.CreateInMemory();
        db.Execute("CREATE (:P)-[:T]->(:P)");
        using (var transaction = db.BeginTransaction())
        {
            transaction.Execute("MATCH (a:P) CREATE (a)-[:T]->(:P)");
            Assert.Equal(3L, transaction.Execute("MATCH ()-[r:T]->() RETURN count(r)").Rows[0][0]);
            Assert.Equal(4L, transaction.Execute("MATCH (p:P) RETURN count(p)").Rows[0][0]);
            transaction.Rollback();
        }
        Assert.Equal(1L, db.Execute("MATCH ()-[r:T]->() RETURN count(r)").Rows[0][0]);
        Assert.Equal(2L, db.Execute("MATCH (p:P) RETURN count(p)").Rows[0][0]);
    }

    [Fact]
    public void Count_subquery_of_one_hop_reads_the_degree()
    {
        var (result, reader) = CountingReader.Run(People,
            "MATCH (p:Person) RETURN p.name, COUNT { (p)-[:KNOWS]->() } AS out, COUNT { ()-[:KNOWS|LIKES]->(p) } AS in ORDER BY p.name");
        Assert.Equal([["Ada", 2L, 0L], ["Bob", 1L, 1L], ["Cy", 0L, 4L]], Rows(result));
        Assert.Equal(0, reader.Expansions);
        Assert.True(reader.DegreeLookups > 0);
    }

    [Fact]
    public void Size_of_a_pattern_comprehension_reads_the_degree()
    {
        var (result, reader) = CountingReader.Run(People, "MATCH (p:Person {name: 'Cy'}) RETURN size([(p)-[:LIKES]-(x) | x]) AS likes");
        Assert.Equal(2L, Assert.Single(result.Rows)[0]); // Ada's like and Cy's own loop, once
        Assert.Equal(0, reader.Expansions);
    }

    [Fact]
    public void Grouped_counts_over_one_hop_read_the_degree()
    {
        var (result, reader) = CountingReader.Run(People,
            "MATCH (p:Person)-[:KNOWS]->() RETURN p.name AS name, count(*) AS knows ORDER BY knows DESC, name");
        Assert.Equal([["Ada", 2L], ["Bob", 1L]], Rows(result));
        Assert.Equal(["name", "knows"], result.Columns);
        Assert.Equal(0, reader.Expansions);

        (result, reader) = CountingReader.Run(People, "MATCH (p:Person)<-[r]-() RETURN p, count(r) ORDER BY count(r)");
        Assert.Equal([1L, 4L], result.Rows.Select(r => r[1]));
        Assert.Equal(0, reader.Expansions);
    }

    [Theory]
    [InlineData("MATCH (p:Person)-[:KNOWS]->(q) RETURN p.name, count(q.name) ORDER BY p.name", 2)]
    [InlineData("MATCH (p:Person)-[k:KNOWS]->() WHERE k.x IS NULL RETURN p.name, count(*) ORDER BY p.name", 2)]
    [InlineData("MATCH (p:Person)-[:KNOWS]->(:Person) RETURN p.name, count(*) ORDER BY p.name", 2)]
    public void Other_shapes_keep_walking_and_agree(string query, int rows)
    {
        var (result, reader) = CountingReader.Run(People, query);
        Assert.Equal(rows, result.Rows.Count);
        Assert.Equal([2L, 1L], result.Rows.Select(r => r[1]));
        Assert.True(reader.Expansions > 0);
    }

    [Fact]
    public void Size_of_a_bare_pattern_is_refused_as_in_Neo4j_5()
    {
        using var db = GraphDatabase.CreateInMemory();
        var error = Assert.Throws<CypherException>(() => db.Execute("MATCH (n) RETURN size((n)-->()) AS d"));
        Assert.Contains("It can no longer be used inside the function size(), an alternative is to replace size() with COUNT {}", error.Message);
    }
}
