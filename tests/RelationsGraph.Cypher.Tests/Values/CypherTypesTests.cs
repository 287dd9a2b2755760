using RelationsGraph.Cypher.Values;
using static RelationsGraph.Cypher.Tests.Values.Build;

namespace RelationsGraph.Cypher.Tests.Values;

public class CypherTypesTests
{
    [Fact]
    public void Names_every_runtime_value_type()
    {
        var node = Node(1);
        var relationship = Relationship(2, "T", node, node);
        Assert.Equal("Null", CypherTypes.NameOf(null));
        Assert.Equal("Boolean", CypherTypes.NameOf(true));
        Assert.Equal("Integer", CypherTypes.NameOf(1L));
        Assert.Equal("Float", CypherTypes.NameOf(1.0));
        Assert.Equal("String", CypherTypes.NameOf(""));
        Assert.Equal("List", CypherTypes.NameOf(List()));
        Assert.Equal("Map", CypherTypes.NameOf(Map()));
        Assert.Equal("Node", CypherTypes.NameOf(node));
        Assert.Equal("Relationship", CypherTypes.NameOf(relationship));
        Assert.Equal("Path", CypherTypes.NameOf(Path(node, (relationship, node))));
    }

    [Fact]
    public void Strings_are_not_lists_and_entities_are_not_maps()
    {
        Assert.Null(CypherTypes.AsList("abc"));
        Assert.Null(CypherTypes.AsMap(Node(1)));
        Assert.NotNull(CypherTypes.AsList(new object?[] { 1L }));
    }
}
