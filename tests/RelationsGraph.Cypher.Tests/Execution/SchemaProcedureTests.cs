namespace RelationsGraph.Cypher.Tests.Execution;

public sealed class SchemaProcedureTests : QueryTestBase
{
    [Fact]
    public void Schema_visualization_has_a_node_per_label_and_a_relationship_per_pattern()
    {
        Run("CREATE (:Person {name: 'a'})-[:ATTENDED]->(:Meeting), (:Person)-[:ATTENDED]->(:Meeting), (:Person)-[:REPRESENTS]->(:Country)");
        var row = Assert.Single(Run("CALL db.schema.visualization() YIELD nodes, relationships RETURN nodes, relationships").Rows);

        var nodes = Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[0]).Cast<Node>().ToList();
        Assert.Equal(["Country", "Meeting", "Person"], nodes.Select(n => n.Properties["name"]));
        Assert.All(nodes, n => Assert.Equal([(string)n.Properties["name"]!], n.Labels));

        var relationships = Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[1]).Cast<Relationship>().ToList();
        var byId = nodes.ToDictionary(n => n.ElementId, n => n.Labels[0]);
        Assert.Equal(["Person-ATTENDED->Meeting", "Person-REPRESENTS->Country"],
            relationships.Select(r => $"{byId[r.StartElementId]}-{r.Type}->{byId[r.EndElementId]}").Order());
    }

    [Fact]
    public void Schema_visualization_writes_nothing()
    {
        Run("CREATE (:A)-[:R]->(:B)");
        Run("CALL db.schema.visualization()");
        Assert.Equal(2L, Scalar("MATCH (n) RETURN count(n)"));
        Assert.Equal(1L, Scalar("MATCH ()-[r]->() RETURN count(r)"));
    }
}
