namespace RelationsGraph.Cypher.Syntax.Ast;

public abstract record Clause : SyntaxNode;

public sealed record MatchClause(bool Optional, Pattern Pattern, Expression? Where) : Clause;

public sealed record UnwindClause(Expression Source, string Variable) : Clause;

public sealed record WithClause(ProjectionBody Body, Expression? Where) : Clause;

public sealed record ReturnClause(ProjectionBody Body) : Clause;

public sealed record CreateClause(Pattern Pattern) : Clause;

public sealed record MergeClause(PatternPart Part, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause;

public sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;

public sealed record RemoveClause(IReadOnlyList<RemoveItem> Items) : Clause;

public sealed record DeleteClause(IReadOnlyList<Expression> Targets, bool Detach) : Clause;

/// <summary>CALL ns.proc(args) [YIELD a AS b, ... [WHERE ...]]; Arguments null for the implicit-argument form "CALL ns.proc".</summary>
public sealed record CallClause(string ProcedureName, IReadOnlyList<Expression>? Arguments, IReadOnlyList<YieldItem>? Yield, bool YieldStar, Expression? Where) : Clause;

public sealed record YieldItem(string Field, string? Alias) : SyntaxNode;

/// <summary>The shared part of WITH and RETURN.</summary>
public sealed record ProjectionBody(
    bool Distinct,
    bool IncludeExisting,              // the leading "*"
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit) : SyntaxNode;

/// <summary>expr [AS alias]; Text is the expression's original text, which names the column when there is no alias.</summary>
public sealed record ProjectionItem(Expression Expression, string? Alias, string Text) : SyntaxNode
{
    public string ColumnName => Alias ?? Text;
}

public sealed record SortItem(Expression Expression, bool Descending) : SyntaxNode;

public abstract record SetItem : SyntaxNode;
/// <summary>SET a.b = expr (Target is any expression yielding a node, relationship or map holder).</summary>
public sealed record SetProperty(PropertyAccess Target, Expression Value) : SetItem;
/// <summary>SET n = map (Merge false) or SET n += map (Merge true).</summary>
public sealed record SetAllProperties(string Variable, Expression Value, bool Merge) : SetItem;
public sealed record SetLabels(string Variable, IReadOnlyList<string> Labels) : SetItem;

public abstract record RemoveItem : SyntaxNode;
public sealed record RemoveProperty(PropertyAccess Target) : RemoveItem;
public sealed record RemoveLabels(string Variable, IReadOnlyList<string> Labels) : RemoveItem;
