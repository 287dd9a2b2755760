using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

// LOAD CSV and CALL { ... } subqueries, with Neo4j 5's scoping: a CALL subquery sees only what it imports
// (CALL (a, b) { ... }, or a leading WITH a, b), and its returned columns may not shadow outer variables.
internal static partial class QueryAnalyzer
{
    private static BoundClause CheckLoadCsv(LoadCsvClause load, Scope scope)
    {
        ExpressionChecker.Check(load.Source, new ExpressionContext(scope));
        if (scope.Contains(load.Variable)) throw SemanticErrors.AlreadyBound(load, load.Variable);
        if (load.FieldTerminator is { Length: not 1 })
            throw SemanticErrors.At(load, "InvalidArgumentValue", "CSV field terminator can only be one character wide");
        return new BoundClause(load) { Declared = [scope.Declare(load.Variable, load.WithHeaders ? StaticType.Map : StaticType.ListOf(ValueKind.Any))] };
    }

    private static BoundCallSubquery CheckCallSubquery(CallSubqueryClause call, Scope outer, CancellationToken cancellation)
    {
        var inner = new Scope(outer.Bindings);
        if (call.ImportAll)
            foreach (var symbol in outer.Symbols().Values) inner.Import(symbol);
        else if (call.ImportedVariables is not null)
            foreach (var name in call.ImportedVariables)
                inner.Import(outer.TryResolve(name, out var symbol) ? symbol! : throw SemanticErrors.Undefined(call, name));
        else if (call.Query.Clauses[0] is WithClause { Body: var body } && body.Items.All(item => item.Expression is Variable v && v.Name == item.ColumnName))
            foreach (var item in body.Items)
                if (outer.TryResolve(item.ColumnName, out var symbol)) inner.Import(symbol!);
        if (ImportsEverything(call)) foreach (var symbol in outer.Symbols().Values) inner.Import(symbol);
        var imported = inner.Symbols().Values.ToList();

        foreach (var nested in call.Query.Clauses.OfType<CallSubqueryClause>())
            if (nested.InTransactions)
                throw SemanticErrors.At(nested, "InvalidClauseComposition",
                    "CALL { ... } IN TRANSACTIONS nested in a regular right-hand-side subquery is not supported");
        if (call.InTransactions && call.BatchSize is not null)
        {
            var size = ExpressionChecker.Check(call.BatchSize, new ExpressionContext(new Scope()));
            if (ExpressionTree.SelfAndDescendants(call.BatchSize).OfType<Variable>().FirstOrDefault() is { } variable)
                throw SemanticErrors.At(variable, "NonConstantExpression", "It is not allowed to refer to variables in OF ... ROWS");
            if (call.BatchSize is Literal { Value: long rows } && rows < 1 || !size.Is(ValueKind.Integer))
                throw SemanticErrors.At(call.BatchSize, "InvalidArgumentValue",
                    $"Invalid input. '{call.BatchSize}' is not a valid value. Must be a positive integer.");
        }

        CheckComposition(call.Query, isSubquery: false);
        var bound = AnalyzeClauses(call.Query, inner, cancellation);
        foreach (var name in bound.Columns ?? [])
        {
            if (outer.Contains(name))
                throw SemanticErrors.At(call, "VariableAlreadyBound", $"Variable `{name}` already declared in outer scope");
            outer.Declare(name, StaticType.Any);
        }
        return new BoundCallSubquery(call, bound, imported);
    }

    /// <summary>A leading WITH * imports everything, as Neo4j's importing WITH allows.</summary>
    private static bool ImportsEverything(CallSubqueryClause call) =>
        call.ImportedVariables is null && call.Query.Clauses[0] is WithClause { Body.IncludeExisting: true };
}
