namespace RelationsGraph.Cypher.Tests.Planning;

/// <summary>WHERE elementId(x) = v / IN list finds x by lookup: no node scan, no walk over every relationship.</summary>
public sealed class ElementIdSeekTests
{
    private const string Graph = """
        CREATE (ada:Person {name: 'Ada'}), (bob:Person {name: 'Bob'}), (cy:Person {name: 'Cy'}),
               (ada)-[:KNOWS {since: 1}]->(bob), (bob)-[:KNOWS {since: 2}]->(cy), (cy)-[:LIKES]->(cy)
        """;

    private static Dictionary<string, object?> Parameters(object? value) => new() { ["id"] = value };

    /// <summary>The element id of what query returns, read with a plain scan.</summary>
    private static string IdOf(string query) => (string)CountingReader.Run(Graph, query).Result.Rows[0][0]!;

    [Fact]
    public void Node_by_element_id()
    {
        var bob = IdOf("MATCH (p:Person {name: 'Bob'}) RETURN elementId(p)");
        var (result, reader) = CountingReader.Run(Graph, "MATCH (p) WHERE elementId(p) = $id RETURN p.name", Parameters(bob));
        Assert.Equal("Bob", Assert.Single(result.Rows)[0]);
        Assert.Equal(0, reader.NodeScans);

        (result, reader) = CountingReader.Run(Graph, "MATCH (p:Person) WHERE $id = elementId(p) AND p.name STARTS WITH 'B' RETURN p.name", Parameters(bob));
        Assert.Equal("Bob", Assert.Single(result.Rows)[0]);
        Assert.Equal(0, reader.NodeScans);
    }

    [Fact]
    public void Nodes_by_a_list_of_element_ids_each_once()
    {
        var ada = IdOf("MATCH (p:Person {name: 'Ada'}) RETURN elementId(p)");
        var cy = IdOf("MATCH (p:Person {name: 'Cy'}) RETURN elementId(p)");
        var (result, reader) = CountingReader.Run(Graph, "MATCH (p) WHERE elementId(p) IN $id RETURN p.name ORDER BY p.name",
            Parameters(new List<object?> { ada, cy, ada, null, 12L, "r:0", "n:0" + ada[2..] }));
        Assert.Equal(["Ada", "Cy"], result.Rows.Select(r => r[0]));
        Assert.Equal(0, reader.NodeScans);
    }

    [Fact]
    public void Element_ids_from_an_unwound_list_of_maps()
    {
        var bob = IdOf("MATCH (p:Person {name: 'Bob'}) RETURN elementId(p)");
        var (result, reader) = CountingReader.Run(Graph, "UNWIND $id AS row MATCH (p) WHERE elementId(p) = row.id RETURN p.name, row.n",
            Parameters(new List<object?> { new Dictionary<string, object?> { ["id"] = bob, ["n"] = 1L } }));
        Assert.Equal([["Bob", 1L]], result.Rows.Select(r => r.ToArray()));
        Assert.Equal(0, reader.NodeScans);
    }

    [Fact]
    public void Relationship_by_element_id_binds_both_ends()
    {
        var knows = IdOf("MATCH ()-[k:KNOWS {since: 2}]->() RETURN elementId(k)");
        var (result, reader) = CountingReader.Run(Graph, "MATCH (a)-[r]->(b) WHERE elementId(r) = $id RETURN a.name, type(r), b.name", Parameters(knows));
        Assert.Equal([["Bob", "KNOWS", "Cy"]], result.Rows.Select(r => r.ToArray()));
        Assert.Equal(0, reader.NodeScans + reader.RelationshipScans + reader.Expansions);

        (result, _) = CountingReader.Run(Graph, "MATCH (a)-[r]-(b) WHERE elementId(r) = $id RETURN a.name, b.name ORDER BY a.name", Parameters(knows));
        Assert.Equal([["Bob", "Cy"], ["Cy", "Bob"]], result.Rows.Select(r => r.ToArray()));
        (result, _) = CountingReader.Run(Graph, "MATCH (a)<-[r]-(b) WHERE elementId(r) = $id RETURN a.name, b.name", Parameters(knows));
        Assert.Equal([["Cy", "Bob"]], result.Rows.Select(r => r.ToArray()));
        (result, _) = CountingReader.Run(Graph, "MATCH (a:Person {name: 'Ada'})-[r]->(b) WHERE elementId(r) = $id RETURN b", Parameters(knows));
        Assert.Empty(result.Rows);
        (result, _) = CountingReader.Run(Graph, "MATCH (a)-[r:LIKES]->(b) WHERE elementId(r) = $id RETURN b", Parameters(knows));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Relationship_seek_then_expands_the_rest_of_the_chain()
    {
        var knows = IdOf("MATCH ()-[k:KNOWS {since: 2}]->() RETURN elementId(k)");
        var loop = IdOf("MATCH ()-[l:LIKES]->() RETURN elementId(l)");
        var (result, reader) = CountingReader.Run(Graph,
            "MATCH (x)-[:KNOWS]->(a)-[r]->(b) WHERE elementId(r) IN [$id] RETURN x.name, a.name, b.name", Parameters(knows));
        Assert.Equal([["Ada", "Bob", "Cy"]], result.Rows.Select(r => r.ToArray()));
        Assert.Equal(0, reader.NodeScans + reader.RelationshipScans);

        (result, _) = CountingReader.Run(Graph, "MATCH (a)-[r]-(a) WHERE elementId(r) = $id RETURN a.name", Parameters(loop));
        Assert.Equal([["Cy"]], result.Rows.Select(r => r.ToArray()));
        (result, _) = CountingReader.Run(Graph, "MATCH (a)-[r]->(a) WHERE elementId(r) = $id RETURN a.name", Parameters(knows));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Relationship_by_id()
    {
        var (result, reader) = CountingReader.Run(Graph, "MATCH ()-[r]->() WHERE id(r) = 0 RETURN r.since");
        Assert.Equal(1L, Assert.Single(result.Rows)[0]);
        Assert.Equal(0, reader.NodeScans + reader.RelationshipScans + reader.Expansions);
    }
}
