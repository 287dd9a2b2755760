using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>Walks the clauses of one single query, threading the scope from clause to clause.</summary>
internal static partial class QueryAnalyzer
{
    /// <summary>Binds a top-level query; its Columns are null when unknown (e.g. a standalone CALL).</summary>
    public static BoundQuery Analyze(SingleQuery query, ExpressionBindings bindings, CancellationToken cancellation = default)
    {
        CheckComposition(query, isSubquery: false);
        return AnalyzeClauses(query, new Scope(bindings), cancellation);
    }

    /// <summary>
    /// The query of EXISTS { ... }, COUNT { ... } or COLLECT { ... } (kind names it in errors, as Neo4j does:
    /// "An Exists Expression"): it sees the outer variables and may not update the graph. Returns its columns;
    /// the bound query goes to the statement's expression bindings, where the planner finds it.
    /// </summary>
    public static IReadOnlyList<string>? AnalyzeSubquery(SingleQuery query, Scope outer, string kind = "An Exists Expression")
    {
        CheckComposition(query, isSubquery: true, kind);
        var bound = AnalyzeClauses(query, outer.Child(), CancellationToken.None);
        outer.Bindings.Add(bound);
        return bound.Columns;
    }

    private static void CheckComposition(SingleQuery query, bool isSubquery, string kind = "")
    {
        for (var i = 0; i < query.Clauses.Count; i++)
        {
            var clause = query.Clauses[i];
            var last = i == query.Clauses.Count - 1;
            if (isSubquery && (clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause || clause is CallSubqueryClause { Query: var inner } && inner.Clauses.Any(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause)))
                throw SemanticErrors.At(clause, "InvalidClauseComposition", $"{kind} cannot contain any updates");
            if (clause is ReturnClause && !last)
                throw SemanticErrors.At(clause, "InvalidClauseComposition", "RETURN can only be used at the end of the query");
            if (last && !isSubquery && clause is MatchClause or WithClause or UnwindClause or LoadCsvClause)
                throw SemanticErrors.At(clause, "InvalidClauseComposition",
                    $"Query cannot conclude with {ClauseName(clause)} (must be a RETURN clause, an update clause or a procedure call)");
            if (clause is CallClause { YieldStar: true } && query.Clauses.Count > 1)
                throw SemanticErrors.At(clause, "UnexpectedSyntax", "YIELD * can only be used with a standalone procedure call");
        }
    }

    private static BoundQuery AnalyzeClauses(SingleQuery query, Scope scope, CancellationToken cancellation)
    {
        IReadOnlyList<string>? columns = null;
        var bound = new List<BoundClause>(query.Clauses.Count);
        foreach (var clause in query.Clauses)
        {
            cancellation.ThrowIfCancellationRequested();
            BoundClause? result = null;
            switch (clause)
            {
                case MatchClause match:
                    result = PatternBinder.BindMatch(match, scope);
                    CheckWhere(InlinePredicates.Combine(match.Pattern, match.Where), scope);
                    break;
                case UnwindClause unwind:
                    var source = ExpressionChecker.Check(unwind.Source, new ExpressionContext(scope));
                    if (scope.Contains(unwind.Variable)) throw SemanticErrors.AlreadyBound(unwind, unwind.Variable);
                    result = new BoundClause(unwind) { Declared = [scope.Declare(unwind.Variable, source.Kind == ValueKind.List ? new StaticType(source.Element) : StaticType.Any)] };
                    break;
                case WithClause with:
                    var (afterWith, whereScope, withBody) = ProjectionAnalyzer.Analyze(with.Body, scope, isWith: true);
                    CheckWhere(with.Where, whereScope);
                    scope = afterWith;
                    result = new BoundProjection(with, withBody, with.Where, with.Body.IncludeExisting);
                    break;
                case ReturnClause @return:
                    (scope, _, var returnBody) = ProjectionAnalyzer.Analyze(@return.Body, scope, isWith: false);
                    columns = scope.All().Keys.ToList();
                    result = new BoundProjection(@return, returnBody, null, @return.Body.IncludeExisting);
                    break;
                case CreateClause create:
                    result = PatternBinder.BindCreate(create, scope);
                    break;
                case MergeClause merge:
                    result = PatternBinder.BindMerge(merge, scope);
                    UpdateChecker.CheckSetItems(merge.OnCreate, scope);
                    UpdateChecker.CheckSetItems(merge.OnMatch, scope);
                    break;
                case SetClause set:
                    UpdateChecker.CheckSetItems(set.Items, scope);
                    break;
                case RemoveClause remove:
                    UpdateChecker.CheckRemoveItems(remove.Items, scope);
                    break;
                case DeleteClause delete:
                    UpdateChecker.CheckDelete(delete, scope);
                    break;
                case CallClause call:
                    result = CheckCall(call, scope);
                    break;
                case LoadCsvClause load:
                    result = CheckLoadCsv(load, scope);
                    break;
                case CallSubqueryClause subquery:
                    result = CheckCallSubquery(subquery, scope, cancellation);
                    break;
            }
            bound.Add(result ?? new BoundClause(clause));
        }
        return new BoundQuery(query, bound, columns);
    }

    private static void CheckWhere(Expression? where, Scope scope)
    {
        if (where is null) return;
        var type = ExpressionChecker.Check(where, new ExpressionContext(scope, Predicate: true));
        if (!type.Is(ValueKind.Boolean))
            throw SemanticErrors.InvalidArgumentType(where, $"Type mismatch: WHERE expects a Boolean but was {type}");
    }

    private static BoundClause CheckCall(CallClause call, Scope scope)
    {
        var context = new ExpressionContext(scope);
        foreach (var argument in call.Arguments ?? []) ExpressionChecker.Check(argument, context);
        if (call.Yield is null) return new BoundClause(call);

        var yielded = new List<string>();
        foreach (var item in call.Yield)
        {
            var name = item.Alias ?? item.Field;
            if (scope.Contains(name) || yielded.Contains(name, StringComparer.Ordinal)) throw SemanticErrors.AlreadyBound(item, name);
            yielded.Add(name);
        }
        foreach (var name in yielded) scope.Declare(name, StaticType.Any);
        CheckWhere(call.Where, scope);
        return new BoundClause(call);
    }

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause { Optional: true } => "OPTIONAL MATCH",
        MatchClause => "MATCH",
        WithClause => "WITH",
        UnwindClause => "UNWIND",
        LoadCsvClause => "LOAD CSV",
        _ => clause.GetType().Name,
    };
}
