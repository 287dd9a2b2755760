namespace RelationsGraph.Cypher.Syntax.Ast;

/// <summary>COUNT { (a)-->(b) WHERE ... } or COUNT { MATCH ... [RETURN ...] }: Query set for the full form, Pattern for the short one.</summary>
public sealed record CountSubquery(Pattern? Pattern, Expression? Where, SingleQuery? Query) : Expression;

/// <summary>COLLECT { MATCH ... RETURN x }: the list of the one column the subquery returns.</summary>
public sealed record CollectSubquery(SingleQuery Query) : Expression;
