using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Planning;
using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Execution;

/// <summary>A parsed and checked statement, with what the front door needs to pick a transaction.</summary>
internal sealed record PreparedStatement(string Text, Statement Statement, string? WritingClause)
{
    public bool Writes => WritingClause is not null;

    public static PreparedStatement Prepare(string text)
    {
        var statement = CypherParser.Parse(text);
        SemanticAnalyzer.Analyze(statement);
        return new PreparedStatement(text, statement, WritingClauses.FirstIn(statement));
    }

    public void EnsureAllowed(QueryOptions options)
    {
        if (options.ReadOnly && WritingClause is not null)
            throw new CypherException("AccessMode", "WriteInReadOnlyMode", ErrorPhase.Compile, $"{WritingClause} is not allowed in read-only mode.");
    }
}

/// <summary>Plans and runs one statement inside a transaction the caller owns, returning materialised rows.</summary>
internal static class StatementRunner
{
    public static QueryResult Run(PreparedStatement prepared, IGraphReader transaction, IReadOnlyDictionary<string, object?>? parameters,
        QueryOptions options, ProcedureCatalog procedures, CancellationToken cancellationToken)
    {
        var values = ParameterNormalizer.Normalize(parameters);
        var context = new ExecutionContext(transaction, values, options.Timeout, cancellationToken);
        context.CheckNow();
        if (SchemaCommands.IsSchemaCommand(prepared.Statement))
            return SchemaCommands.Run(prepared.Statement, transaction, context.Statistics);

        var plan = new QueryPlanner(new PlanningContext(transaction, values, procedures)).Plan(prepared.Statement);
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
            for (var i = 0; i < output.Length; i++) output[i] = ResultMaterializer.Materialize(row[plan.ColumnSlots[i]]);
            rows.Add(output);
        }
        plan.PendingDeletes.Complete(context);
        return new QueryResult(plan.Columns, rows, context.Statistics.Freeze()) { Truncated = truncated };
    }
}
