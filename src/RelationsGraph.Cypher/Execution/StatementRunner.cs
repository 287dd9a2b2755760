using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Execution.Profiling;
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
        if (SchemaCommands.IsSchemaCommand(prepared.Statement))
            return prepared.Mode switch
            {
                PlanMode.Explain => new QueryResult([], [], new QueryStatistics()) { Plan = SchemaCommandPlan(prepared) },
                PlanMode.Profile => RunSchemaCommand(prepared, transaction, values, budget) with { Plan = SchemaCommandPlan(prepared) with { Rows = 0, DbHits = 0 } },
                _ => RunSchemaCommand(prepared, transaction, values, budget),
            };

        // PROFILE reads through a counting decorator; planning reads the store directly so its lookups are not charged.
        var profiler = prepared.Mode == PlanMode.Profile ? new PlanProfiler() : null;
        var reader = profiler is null ? transaction : CountingGraphReader.Wrap(transaction, profiler);
        var context = new ExecutionContext(reader, values, budget) { Profiler = profiler, ImportDirectory = options.ImportDirectory, Batches = batches };
        context.CheckNow();

        using var ambient = budget.Memory.Enter();
        using var clock = Values.StatementDeadline.Enter(budget.Deadline);
        // A read statement's plan is kept for its next run against the same schema (PlanCache); other plans are made per run.
        var schema = prepared.Mode == PlanMode.None && !prepared.Writes ? transaction.SchemaIdentity : null;
        var kept = schema is null ? null : prepared.Plans.Take(schema);
        if (kept is null)
        {
            var planning = new PlanningContext(transaction, values, procedures, prepared.Bound.Bindings, budget.Token) { QueryText = prepared.Text };
            var made = new QueryPlanner(planning).Plan(prepared.Bound);
            kept = new PlanCache.Kept(made, planning.ParameterSlots, planning.ResolvedProcedures ? null : schema);
        }
        var plan = kept.Plan;
        context.ParameterValues = kept.Parameters.Fill(values);
        profiler?.Measure(plan.Root);
        if (prepared.Mode == PlanMode.Explain)
            return new QueryResult(plan.Columns, [], new QueryStatistics()) { Plan = PlanDescriber.Describe(plan.Root, null) };

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
        if (kept.Schema is not null) prepared.Plans.Return(kept);
        return new QueryResult(plan.Columns, rows, context.Statistics.Freeze())
        {
            Truncated = truncated,
            Plan = profiler is null ? null : PlanDescriber.Describe(plan.Root, profiler),
        };
    }

    private static QueryResult RunSchemaCommand(PreparedStatement prepared, IGraphReader transaction, IReadOnlyDictionary<string, object?> values, QueryBudget budget)
    {
        var context = new ExecutionContext(transaction, values, budget);
        context.CheckNow();
        return SchemaCommands.Run(prepared.Statement, transaction, context.Statistics);
    }

    // Neo4j plans a schema command as one operator named after it (CreateIndex, DropConstraint, ...).
    private static QueryPlan SchemaCommandPlan(PreparedStatement prepared) => new(prepared.Statement.GetType().Name, "", []);
}
