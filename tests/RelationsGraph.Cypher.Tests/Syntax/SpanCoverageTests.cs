using System.Collections;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>Every node of the tree points back into the text, inside its parent's span.</summary>
public class SpanCoverageTests
{
    [Theory]
    [InlineData("MATCH p = (a:A {x: 1})-[r:T|U*1..3 {y: $p}]->(b) WHERE a.x IN [1, 2] AND NOT (a)-->(b) RETURN DISTINCT p, count(*) AS c ORDER BY c DESC SKIP 1 LIMIT 2")]
    [InlineData("UNWIND $rows AS row MERGE (n:L {id: row.id}) ON CREATE SET n += row, n:New ON MATCH SET n.seen = true REMOVE n.old, n:Old")]
    [InlineData("MATCH (n) WITH n, [x IN n.list WHERE x > 1 | x * 2] AS xs, reduce(s = 0, y IN n.list | s + y) AS total WHERE all(z IN xs WHERE z > 0) RETURN n {.name, total, k: CASE WHEN n:A THEN 1 ELSE 2 END}")]
    [InlineData("MATCH (a) WHERE EXISTS { MATCH (a)-->(b) WHERE b.x = 1 } RETURN [(a)-->(c) | c.name][0..2] AS names UNION ALL MATCH (d) RETURN d.name AS names")]
    [InlineData("CALL db.labels() YIELD label AS l WHERE l STARTS WITH 'A' RETURN l")]
    [InlineData("MATCH (a), (b) MATCH p = shortestPath((a)-[*..5]-(b)) DETACH DELETE a")]
    [InlineData("CREATE CONSTRAINT c IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE")]
    public void AllNodesHaveSpansWithinTheirParent(string query)
    {
        var statement = CypherParser.Parse(query);
        Check(statement, query, new SourceSpan(0, query.Length, 1, 1));
    }

    private static void Check(SyntaxNode node, string query, SourceSpan parent)
    {
        var span = node.Span;
        Assert.True(span.Length > 0, $"{node.GetType().Name} has an empty span");
        Assert.True(span.Offset >= parent.Offset && span.Offset + span.Length <= parent.Offset + parent.Length,
            $"{node.GetType().Name} '{query.Substring(span.Offset, span.Length)}' lies outside its parent");
        foreach (var child in Children(node)) Check(child, query, span);
    }

    private static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        foreach (var property in node.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0) continue;
            switch (property.GetValue(node))
            {
                case SyntaxNode child: yield return child; break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is SyntaxNode element) yield return element;
                        else if (item is KeyValuePair<string, Expression> entry) yield return entry.Value;
                    }
                    break;
            }
        }
    }
}
