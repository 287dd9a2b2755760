using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// What the semantic pass hands the planner (the binder-feeds-planner pattern): the statement's
/// queries with their clauses bound, so Planning reads the scoping decisions made here instead of
/// making them again. Parts is empty for a schema command, one query for a single query, one per
/// UNION branch otherwise. Immutable, so a cached prepared statement can be planned many times.
/// </summary>
internal sealed record BoundStatement(Statement Syntax, IReadOnlyList<BoundQuery> Parts, ExpressionBindings Bindings);

/// <summary>One single query, its clauses in order; Columns are its result columns (null when unknown).</summary>
internal sealed record BoundQuery(SingleQuery Syntax, IReadOnlyList<BoundClause> Clauses, IReadOnlyList<string>? Columns);

/// <summary>
/// A clause as the semantic pass left it; subtypes carry what it resolved. Declared are the symbols
/// the clause introduces (UNWIND's and LOAD CSV's variable, a pattern's new variables).
/// </summary>
internal record BoundClause(Clause Syntax)
{
    public IReadOnlyList<Symbol> Declared { get; init; } = [];
}

/// <summary>MATCH, CREATE or MERGE: the symbol each node, relationship and path of its pattern refers to.</summary>
internal sealed record BoundPatternClause(Clause Syntax, IReadOnlyList<PartSymbols> Parts) : BoundClause(Syntax);

/// <summary>One pattern part's symbols, by position; null for an anonymous node or relationship.</summary>
internal sealed record PartSymbols(PatternPart Syntax, Symbol?[] Nodes, Symbol?[] Relationships, Symbol? Path);

/// <summary>
/// WITH or RETURN with its items resolved: Body lists every item, those of a leading * included
/// (the visible variables in name order), so the planner never expands * from a scope of its own.
/// </summary>
internal sealed record BoundProjection(Clause Syntax, ProjectionBody Body, Expression? Where, bool IncludedExisting) : BoundClause(Syntax)
{
    public bool IsReturn => Syntax is ReturnClause;
}

/// <summary>CALL { ... } with its inner query bound in the scope it imports: Imported is all the inner query sees of the outer one.</summary>
internal sealed record BoundCallSubquery(CallSubqueryClause Call, BoundQuery Query, IReadOnlyList<Symbol> Imported) : BoundClause(Call);

/// <summary>
/// What the semantic pass bound inside expressions, where the planner meets it while compiling them: the
/// queries of EXISTS { }, COUNT { } and COLLECT { }, and the patterns of pattern predicates, pattern
/// comprehensions and EXISTS/COUNT { pattern }. Both are looked up by their syntax node.
/// </summary>
internal sealed class ExpressionBindings
{
    private readonly Dictionary<SingleQuery, BoundQuery> queries = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PatternElement, ElementSymbols> patterns = new(ReferenceEqualityComparer.Instance);

    public void Add(BoundQuery query) => queries[query.Syntax] = query;

    public void Add(PatternElement element, ElementSymbols symbols) => patterns[element] = symbols;

    public BoundQuery QueryOf(SingleQuery query) => queries.TryGetValue(query, out var bound)
        ? bound
        : throw new InvalidOperationException("A subquery reached the planner without being bound by the semantic pass.");

    public ElementSymbols PatternOf(PatternElement element) => patterns.TryGetValue(element, out var bound)
        ? bound
        : throw new InvalidOperationException("A pattern reached the planner without being bound by the semantic pass.");
}

/// <summary>A pattern inside an expression: the symbol of each element, and those it declares (visible only inside it).</summary>
internal sealed record ElementSymbols(Symbol?[] Nodes, Symbol?[] Relationships, Symbol? Path, IReadOnlyList<Symbol> Declared);
