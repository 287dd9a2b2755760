using RelationsGraph.Cypher.Execution.Import;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

// LOAD CSV and CALL { ... } [IN TRANSACTIONS]: the clauses of a bulk import.
internal sealed partial class QueryPlanner
{
    private void PlanLoadCsv(Pipeline pipeline, LoadCsvClause load, Symbol row)
    {
        var source = planning.Expressions.Compile(load.Source, pipeline.Scope);
        var slot = planning.Layout.Allocate();
        pipeline.Plan = new LoadCsvOperator(pipeline.Plan, source, slot, load.WithHeaders, load.FieldTerminator?[0] ?? ',');
        pipeline.Scope = Declare(pipeline.Scope, row, slot);
    }

    /// <summary>
    /// A statement that returns nothing and ends in a unit CALL { } straight over LOAD CSV (the bulk-import shape) drops
    /// each row once the subquery has run for it: nothing between keeps rows (no eager step, no projection), and the
    /// result keeps none. The reader may then fill one row array for every record (a row array per record was a
    /// sixth of what such an import allocated).
    /// </summary>
    private static void LetLoadCsvReuseRows(Operator root)
    {
        if (root is SubqueryCallOperator { IsUnit: true, Input: LoadCsvOperator load }) load.RowsDoneBeforeNext = true;
    }

    /// <summary>
    /// The subquery is planned from the outer row, seeing only the variables the binder says it imports; its
    /// returned columns join the outer scope. A writing subquery is a write for the outer pipeline.
    /// </summary>
    private void PlanCallSubquery(Pipeline pipeline, BoundCallSubquery bound)
    {
        var call = bound.Call;
        if (WritingClauses.FirstIn(call.Query) is not null) pipeline.BeforeWrite();
        else pipeline.BeforeRead();
        var imported = bound.Imported.Select(symbol => symbol.Name).ToList();
        var importedSlots = imported.Select(name => pipeline.Scope.TryGet(name, out var slot) ? slot
            : throw new InvalidOperationException($"CALL {{ }} imports `{name}`, which has no slot in the plan.")).ToList();
        var unit = call.Query.Clauses[^1] is not ReturnClause;
        // A unit subquery passes each incoming row on unchanged but for the subquery's own slots, which no
        // later clause can name (its variables get slots of their own): over fresh rows, it may fill them in
        // place, one row copy fewer per imported record.
        var argument = new ArgumentOperator(ownsArgument: unit && pipeline.Plan.YieldsFreshRows);
        var (inner, columns, slots) = PlanQuery(bound.Query, argument, Scope.Empty.WithAll(imported, importedSlots));
        pipeline.Plan = call.InTransactions
            ? new TransactionalSubqueryCallOperator(pipeline.Plan, inner, slots, unit,
                call.BatchSize is null ? null : planning.Expressions.Compile(call.BatchSize, Scope.Empty), pendingDeletes)
            : new SubqueryCallOperator(pipeline.Plan, inner, slots, unit);
        if (!unit) pipeline.Scope = pipeline.Scope.WithAll(columns, slots);
    }
}
