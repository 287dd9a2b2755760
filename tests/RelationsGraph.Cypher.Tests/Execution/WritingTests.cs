namespace RelationsGraph.Cypher.Tests.Execution;

public sealed class WritingTests : QueryTestBase
{
    [Fact]
    public void Create_counts_nodes_relationships_labels_and_properties()
    {
        var stats = Run("CREATE (a:A:B {x: 1, y: null})-[:R {w: 2}]->(b)").Statistics;
        Assert.Equal(2, stats.NodesCreated);
        Assert.Equal(1, stats.RelationshipsCreated);
        Assert.Equal(2, stats.LabelsAdded);
        Assert.Equal(2, stats.PropertiesSet);
    }

    [Fact]
    public void Merge_matches_the_whole_pattern_or_creates_it_whole()
    {
        Run("CREATE (:P {id: 1}), (:P {id: 2})");
        var first = Run("MATCH (a:P {id: 1}), (b:P {id: 2}) MERGE (a)-[r:R]->(b) ON CREATE SET r.new = true RETURN r.new").Statistics;
        Assert.Equal(1, first.RelationshipsCreated);
        var second = Run("MATCH (a:P {id: 1}), (b:P {id: 2}) MERGE (a)-[r:R]->(b) ON MATCH SET r.seen = 1").Statistics;
        Assert.Equal(0, second.RelationshipsCreated);
        Assert.Equal(1, second.PropertiesSet);
        var whole = Run("MERGE (:P {id: 1})-[:S]->(:P {id: 3})").Statistics;
        Assert.Equal(2, whole.NodesCreated); // the pattern as a whole did not exist, so all of it is created
    }

    [Fact]
    public void Unwind_merge_with_unique_constraint_deduplicates_rows()
    {
        Run("CREATE CONSTRAINT FOR (p:P) REQUIRE p.id IS UNIQUE");
        var rows = new List<object?>
        {
            new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 },
            new Dictionary<string, object?> { ["a"] = 2, ["b"] = 3 },
            new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 },
        };
        var stats = Db.Execute("UNWIND $rows AS r MERGE (a:P {id: r.a}) MERGE (b:P {id: r.b}) MERGE (a)-[:R]->(b)",
            new Dictionary<string, object?> { ["rows"] = rows }).Statistics;
        Assert.Equal(3, stats.NodesCreated);
        Assert.Equal(2, stats.RelationshipsCreated);
    }

    [Fact]
    public void Set_replace_merge_and_remove_track_property_changes()
    {
        Run("CREATE (:N {a: 1, b: 2})");
        var replace = Run("MATCH (n:N) SET n = {a: 10, c: 3}").Statistics;
        Assert.Equal(2, replace.PropertiesSet);
        Assert.Equal(2, replace.PropertiesRemoved); // b removed, a overwritten
        Run("MATCH (n:N) SET n += {d: 4}, n:M REMOVE n.c");
        var node = Assert.IsType<Node>(Scalar("MATCH (n:M) RETURN n"));
        Assert.Equal(new[] { "a", "d" }, node.Properties.Keys.Order());
    }

    [Fact]
    public void Deleting_a_connected_node_needs_detach()
    {
        Run("CREATE (:A)-[:R]->(:B)");
        var error = Assert.Throws<CypherException>(() => Run("MATCH (a:A) DELETE a"));
        Assert.Equal("ConstraintVerificationFailed", error.ErrorClass);
        Assert.Equal(2L, Scalar("MATCH (n) RETURN count(n)")); // the failed statement changed nothing
        var stats = Run("MATCH (a:A) DETACH DELETE a").Statistics;
        Assert.Equal(1, stats.NodesDeleted);
        Assert.Equal(1, stats.RelationshipsDeleted);
    }

    [Fact]
    public void Delete_of_node_and_its_relationship_works_in_either_order()
    {
        Run("CREATE (:A)-[:R]->(:B)");
        var stats = Run("MATCH (a:A)-[r]->() DELETE a, r").Statistics;
        Assert.Equal(1, stats.NodesDeleted);
        Assert.Equal(1, stats.RelationshipsDeleted);
    }

    [Fact]
    public void Reading_a_deleted_node_is_an_entity_not_found_error()
    {
        var error = Assert.Throws<CypherException>(() => Run("CREATE (n:A {x: 1}) WITH n DELETE n RETURN n.x"));
        Assert.Equal("EntityNotFound", error.ErrorClass);
        Assert.Equal(0L, Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Failing_statement_is_rolled_back_whole()
    {
        Assert.Throws<CypherException>(() => Run("UNWIND [1, 2, 0] AS x CREATE (:T {v: 10 / x})"));
        Assert.Equal(0L, Scalar("MATCH (t:T) RETURN count(t)"));
    }

    [Fact]
    public void Match_does_not_see_its_own_creations()
    {
        Run("CREATE (:X), (:X)");
        Run("MATCH (x:X) CREATE (:X)");
        Assert.Equal(4L, Scalar("MATCH (x:X) RETURN count(x)"));
    }

    [Fact]
    public void Schema_commands_create_drop_and_show()
    {
        Assert.Equal(1, Run("CREATE INDEX person_name FOR (p:Person) ON (p.name)").Statistics.IndexesAdded);
        Assert.Equal(0, Run("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)").Statistics.IndexesAdded);
        Assert.Single(Run("SHOW INDEXES").Rows);
        Assert.Equal(1, Run("DROP INDEX person_name").Statistics.IndexesRemoved);
        Assert.Equal(1, Run("CREATE CONSTRAINT FOR (p:Person) REQUIRE p.id IS UNIQUE").Statistics.ConstraintsAdded);
        Run("CREATE (:Person {id: 1})");
        var clash = Assert.Throws<CypherException>(() => Run("CREATE (:Person {id: 1})"));
        Assert.Equal("ConstraintValidationFailed", clash.ErrorClass);
    }
}
