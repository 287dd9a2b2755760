using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Planning;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution;

/// <summary>Plans and runs one statement inside a transaction the caller owns, returning materialised rows.</summary>
internal static class StatementRunner
{
    public static QueryResult Run(PreparedStatement prepared, IGraphReader transaction, IReadOnlyDictionary<string, object?>? parameters,
        QueryOptions options, ProcedureCatalog procedures, QueryBudget budget, ITransactionBatches? batches = null)
    {
        var values = ParameterNormalizer.Normalize(parameters);
        var context = new ExecutionContext(transaction, values, budget) { ImportDirectory = options.ImportDirectory, Batches = batches };
        context.CheckNow();
        if (SchemaCommands.IsSchemaCommand(prepared.Statement))
            return SchemaCommands.Run(prepared.Statement, transaction, context.Statistics);

        using var ambient = budget.Memory.Enter();
        using var clock = Values.StatementDeadline.Enter(budget.Deadline);
        var plan = new QueryPlanner(new PlanningContext(transaction, values, procedures, budget.Token)).Plan(prepared.Statement);
        var materializer = new ResultMaterializer(options, context);
        var rows = new List<object?[]>();
        var truncated = false;
        var limit = options.MaxRows ?? int.MaxValue;
        foreach (var row in plan.Root.Run(context, plan.Layout.NewRow()))
        {
            context.CheckInterrupt();
            if (plan.Columns.Count == 0) continue;
            if (rows.Count >= limit)
            {
                truncated = true;
                if (!prepared.Writes) break; // a writing statement still applies in full
                continue;
            }
            var output = new object?[plan.ColumnSlots.Length];
            for (var i = 0; i < output.Length; i++) output[i] = materializer.MaterializeColumn(row[plan.ColumnSlots[i]]);
            rows.Add(output);
        }
        plan.PendingDeletes.Complete(context);
        return new QueryResult(plan.Columns, rows, context.Statistics.Freeze()) { Truncated = truncated };
    }
}
