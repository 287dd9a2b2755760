using RelationsGraph.Cypher.Syntax.Ast;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public class PatternParsingTests
{
    private static PatternPart Part(string pattern) => Clause<MatchClause>($"MATCH {pattern} RETURN 1").Pattern.Parts.Single();

    [Fact]
    public void NodeWithLabelsAndProperties()
    {
        var node = Part("(n:A:B {name: 'x', age: 3})").Element.Nodes.Single();
        Assert.Equal("n", node.Variable);
        Assert.Equal(["A", "B"], node.Labels);
        Assert.Equal(2, Assert.IsType<MapLiteral>(node.Properties).Entries.Count);
    }

    [Fact]
    public void AnonymousNodeAndParameterProperties()
    {
        var node = Clause<CreateClause>("CREATE ($props)").Pattern.Parts[0].Element.Nodes[0];
        Assert.Null(node.Variable);
        Assert.IsType<Parameter>(node.Properties);
    }

    [Theory]
    [InlineData("(a)-->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<--(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)--(b)", RelationshipDirection.Both)]
    [InlineData("(a)<-->(b)", RelationshipDirection.Both)]
    [InlineData("(a)-[r]->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<-[:T]-(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)-[]-(b)", RelationshipDirection.Both)]
    public void Directions(string pattern, RelationshipDirection direction) =>
        Assert.Equal(direction, Part(pattern).Element.Relationships.Single().Direction);

    [Theory]
    [InlineData("[:A|B]")]
    [InlineData("[:A|:B]")]
    public void TypeAlternatives(string relationship) =>
        Assert.Equal(["A", "B"], Part($"(a)-{relationship}->(b)").Element.Relationships[0].Types);

    [Theory]
    [InlineData("*", null, null)]
    [InlineData("*2", 2L, 2L)]
    [InlineData("*1..3", 1L, 3L)]
    [InlineData("*..3", null, 3L)]
    [InlineData("*2..", 2L, null)]
    public void VariableLengths(string stars, long? min, long? max)
    {
        var length = Part($"(a)-[r:T{stars}]->(b)").Element.Relationships[0].Length;
        Assert.NotNull(length);
        Assert.Equal((min, max), (length.Min, length.Max));
    }

    [Fact]
    public void FixedLengthHasNoLength() => Assert.Null(Part("(a)-[r {since: 1}]->(b)").Element.Relationships[0].Length);

    [Fact]
    public void ChainsKeepNodesAndRelationshipsInOrder()
    {
        var element = Part("(a)-[:X]->(b)<-[:Y]-(c)").Element;
        Assert.Equal(["a", "b", "c"], element.Nodes.Select(n => n.Variable));
        Assert.Equal(["X", "Y"], element.Relationships.Select(r => r.Types[0]));
    }

    [Fact]
    public void NamedAndShortestPaths()
    {
        Assert.Equal("p", Part("p = (a)-->(b)").PathVariable);
        var shortest = Part("p = shortestPath((a)-[*..5]-(b))");
        Assert.Equal(ShortestPathKind.Shortest, shortest.Shortest);
        Assert.Equal(ShortestPathKind.AllShortest, Part("allShortestPaths((a)-[*]-(b))").Shortest);
    }

    [Fact]
    public void SeveralParts() =>
        Assert.Equal(3, Clause<MatchClause>("MATCH (a), (b)-->(c), p = (d) RETURN a").Pattern.Parts.Count);

    [Fact]
    public void KeywordsAreFineAsLabelsAndTypes()
    {
        var element = Part("(n:Match)-[:RETURN]->(m:`my label`)").Element;
        Assert.Equal("Match", element.Nodes[0].Labels[0]);
        Assert.Equal("RETURN", element.Relationships[0].Types[0]);
        Assert.Equal("my label", element.Nodes[1].Labels[0]);
    }
}
