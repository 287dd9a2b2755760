using static RelationsGraph.Cypher.Tests.Semantics.AnalyzeHelpers;

namespace RelationsGraph.Cypher.Tests.Semantics;

public class PatternRuleTests
{
    [Theory]
    [InlineData("MATCH (a) CREATE (a)")]
    [InlineData("MATCH (a) CREATE (a {name: 'foo'}) RETURN a")]
    [InlineData("CREATE (n:Foo)-[:T1]->(), (n:Bar)-[:T2]->()")]
    [InlineData("CREATE (n:Foo) CREATE (n:Bar)-[:OWNS]->(:Dog)")]
    [InlineData("MATCH ()-[r]->() CREATE ()-[r]->()")]
    [InlineData("MATCH (a) MERGE (a)")]
    [InlineData("MATCH (a)-[r]->(b) MERGE (a)-[r]->(b)")]
    [InlineData("MATCH (p)-->() MATCH p = ()-->() RETURN p")]
    [InlineData("MATCH p = (p)-->() RETURN p")]
    [InlineData("WITH 1 AS p MATCH p = ()-->() RETURN p")]
    [InlineData("WITH 1 AS x UNWIND [1] AS x RETURN x")]
    public void AlreadyBound(string query) => AssertError(query, "VariableAlreadyBound");

    [Theory]
    [InlineData("MATCH (a) CREATE (a)-[:T]->(b) RETURN b")]
    [InlineData("MATCH (a) MERGE (a)-[:T]->(b) RETURN b")]
    [InlineData("MATCH ()-[r]->() MATCH ()-[r]->() RETURN r")]
    [InlineData("MATCH (a) MATCH (a)-->(b) RETURN b")]
    public void ReuseThatIsAllowed(string query) => Valid(query);

    [Theory]
    [InlineData("MATCH ()-[r]-() MATCH (r) RETURN r")]
    [InlineData("MATCH r = ()-->() MATCH (r) RETURN r")]
    [InlineData("MATCH ()-[r]-(r) RETURN r")]
    [InlineData("MATCH r = ()-->(), (r) RETURN r")]
    [InlineData("WITH true AS n MATCH (n) RETURN n")]
    [InlineData("MATCH (n) WITH [n] AS users MATCH (users)-->(m) RETURN m")]
    public void TypeConflicts(string query) => AssertError(query, "VariableTypeConflict");

    [Fact]
    public void SameRelationshipTwiceInOnePattern() =>
        AssertError("MATCH (a)-[r]->()-[r]->(a) RETURN r", "RelationshipUniquenessViolation");

    [Theory]
    [InlineData("CREATE ()-->()", "NoSingleRelationshipType")]
    [InlineData("CREATE ()-[:A|:B]->()", "NoSingleRelationshipType")]
    [InlineData("MATCH (a), (b) MERGE (a)-[NO_COLON]->(b)", "NoSingleRelationshipType")]
    [InlineData("CREATE (a)-[:FOO]-(b)", "RequiresDirectedRelationship")]
    [InlineData("CREATE (a)<-[:FOO]->(b)", "RequiresDirectedRelationship")]
    [InlineData("CREATE ()-[:FOO*2]->()", "CreatingVarLength")]
    [InlineData("MERGE (a) MERGE (b) MERGE (a)-[:FOO*2]->(b)", "CreatingVarLength")]
    [InlineData("MATCH (n $param) RETURN n", "InvalidParameterUse")]
    [InlineData("MERGE (a) MERGE (b) MERGE (a)-[r:FOO $param]->(b) RETURN r", "InvalidParameterUse")]
    public void CreateAndMergeRules(string query, string detail) => AssertError(query, detail);

    [Fact]
    public void UndirectedMergeAndParameterCreateAreFine()
    {
        Valid("MERGE (a) MERGE (b) MERGE (a)-[:T]-(b)");
        Valid("CREATE (n $props) RETURN n");
    }

    [Theory]
    [InlineData("MATCH (n) RETURN (n)-[]->()")]
    [InlineData("MATCH (n) WITH (n)-[]->() AS x RETURN x")]
    [InlineData("MATCH (a) RETURN size((a)-->())")]
    [InlineData("MATCH (n) SET n.prop = head(nodes(head((n)-[:REL]->()))).foo")]
    public void PatternsAreOnlyPredicates(string query) => AssertError(query, "UnexpectedSyntax");

    [Theory]
    [InlineData("MATCH (n) WHERE (n)-->() RETURN n")]
    [InlineData("MATCH (n) WHERE NOT (n)-->() OR n.x = 1 RETURN n")]
    [InlineData("MATCH (n) RETURN exists((n)-->()) AS e")]
    public void PatternPredicates(string query) => Valid(query);

    [Theory]
    [InlineData("MATCH (n) DELETE n:Person", "InvalidDelete")]
    [InlineData("MATCH () DELETE 1 + 1", "InvalidArgumentType")]
    public void DeleteTargets(string query, string detail) => AssertError(query, detail);
}
