namespace RelationsGraph.Cypher.Syntax.Ast;

/// <summary>A comma-separated list of pattern parts, as in MATCH (a)-->(b), (c).</summary>
public sealed record Pattern(IReadOnlyList<PatternPart> Parts) : SyntaxNode;

public enum ShortestPathKind { None, Shortest, AllShortest }

/// <summary>[p =] element, or [p =] shortestPath(element) / allShortestPaths(element).</summary>
public sealed record PatternPart(string? PathVariable, PatternElement Element, ShortestPathKind Shortest) : SyntaxNode;

/// <summary>A chain: Nodes.Count == Relationships.Count + 1; Relationships[i] joins Nodes[i] and Nodes[i+1].</summary>
public sealed record PatternElement(IReadOnlyList<NodePattern> Nodes, IReadOnlyList<RelationshipPattern> Relationships) : SyntaxNode;

/// <summary>(v:A:B {k: v}) — Properties is a MapLiteral or a Parameter, or null; Where is Neo4j 5's inline (v WHERE ...).</summary>
public sealed record NodePattern(string? Variable, IReadOnlyList<string> Labels, Expression? Properties) : SyntaxNode
{
    public Expression? Where { get; init; }
}

/// <summary>Direction as written: Outgoing  -[]->, Incoming  &lt;-[]-, Both  -[]- (or &lt;-[]-&gt;).</summary>
public enum RelationshipDirection { Outgoing, Incoming, Both }

/// <summary>-[v:T1|T2 *min..max {k: v}]->; Types empty means any type; Length null means exactly one hop.</summary>
public sealed record RelationshipPattern(
    string? Variable,
    IReadOnlyList<string> Types,
    RelationshipDirection Direction,
    Expression? Properties,
    VariableLength? Length) : SyntaxNode
{
    /// <summary>Neo4j 5's inline predicate, -[r:T WHERE ...]->.</summary>
    public Expression? Where { get; init; }
}

/// <summary>*  (both null), *2 (2..2), *1..3, *..3, *2..</summary>
public sealed record VariableLength(long? Min, long? Max) : SyntaxNode;
