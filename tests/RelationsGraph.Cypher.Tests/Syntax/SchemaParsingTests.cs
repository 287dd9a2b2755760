using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Tests.Syntax;

public class SchemaParsingTests
{
    [Fact]
    public void Neo4j5Constraint()
    {
        var constraint = Assert.IsType<CreateConstraint>(CypherParser.Parse("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE"));
        Assert.Equal(("person_id", true, SchemaEntity.Node, "Person", ConstraintKind.Unique),
            (constraint.Name, constraint.IfNotExists, constraint.Entity, constraint.LabelOrType, constraint.Kind));
        Assert.Equal(["id"], constraint.Properties);
    }

    [Fact]
    public void OtherConstraintKinds()
    {
        var key = Assert.IsType<CreateConstraint>(CypherParser.Parse("CREATE CONSTRAINT FOR (n:P) REQUIRE (n.a, n.b) IS NODE KEY"));
        Assert.Equal((ConstraintKind.NodeKey, 2), (key.Kind, key.Properties.Count));
        Assert.Null(key.Name);

        var notNull = Assert.IsType<CreateConstraint>(CypherParser.Parse("CREATE CONSTRAINT FOR ()-[r:KNOWS]-() REQUIRE r.since IS NOT NULL"));
        Assert.Equal((ConstraintKind.NotNull, SchemaEntity.Relationship, "KNOWS"), (notNull.Kind, notNull.Entity, notNull.LabelOrType));
    }

    [Fact]
    public void LegacyAssertForms()
    {
        var unique = Assert.IsType<CreateConstraint>(CypherParser.Parse("CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE"));
        Assert.Equal(("L", ConstraintKind.Unique), (unique.LabelOrType, unique.Kind));
        var exists = Assert.IsType<CreateConstraint>(CypherParser.Parse("CREATE CONSTRAINT ON (n:L) ASSERT exists(n.name)"));
        Assert.Equal(ConstraintKind.NotNull, exists.Kind);
    }

    [Fact]
    public void Indexes()
    {
        var index = Assert.IsType<CreateIndex>(CypherParser.Parse("CREATE INDEX idx IF NOT EXISTS FOR (n:L) ON (n.a, n.b)"));
        Assert.Equal(("idx", true, "L"), (index.Name, index.IfNotExists, index.LabelOrType));
        Assert.Equal(["a", "b"], index.Properties);

        var legacy = Assert.IsType<CreateIndex>(CypherParser.Parse("CREATE INDEX ON :Person(name)"));
        Assert.Equal(("Person", "name"), (legacy.LabelOrType, legacy.Properties.Single()));

        Assert.Equal(SchemaEntity.Relationship,
            Assert.IsType<CreateIndex>(CypherParser.Parse("CREATE RANGE INDEX FOR ()-[r:T]-() ON (r.p)")).Entity);
    }

    [Fact]
    public void DropsAndShows()
    {
        var dropIndex = Assert.IsType<DropIndex>(CypherParser.Parse("DROP INDEX idx IF EXISTS"));
        Assert.Equal(("idx", true), (dropIndex.Name, dropIndex.IfExists));
        var legacyDrop = Assert.IsType<DropIndex>(CypherParser.Parse("DROP INDEX ON :L(p)"));
        Assert.Equal("L", legacyDrop.Label);
        Assert.Equal("c", Assert.IsType<DropConstraint>(CypherParser.Parse("DROP CONSTRAINT c")).Name);
        Assert.False(Assert.IsType<ShowSchema>(CypherParser.Parse("SHOW INDEXES")).Constraints);
        Assert.True(Assert.IsType<ShowSchema>(CypherParser.Parse("show constraints")).Constraints);
    }
}
