namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// CALL { ... } run once per incoming row (Neo4j's Apply). A returning subquery yields the incoming row
/// extended with each of its result rows; a unit subquery (no RETURN) runs for its effects and passes
/// the incoming row on once.
/// </summary>
internal class SubqueryCallOperator(Operator input, Operator subquery, int[] returnedSlots, bool unit) : Operator
{
    public override string Name => "Apply";
    /// <summary>The operator the incoming rows come from, and whether the subquery returns nothing (a unit subquery passes each row on as it came).</summary>
    public Operator Input => input;
    public bool IsUnit => unit;
    public override IReadOnlyList<Operator> Inputs => [.. PlanInputs.Of(input), subquery];

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            if (unit)
            {
                // Inline rather than through RunFor: a bulk import runs a unit subquery per row, and each
                // nested iterator is one more object per row.
                foreach (var _ in subquery.Run(context, row)) context.CheckInterrupt();
                yield return row;
            }
            else
                foreach (var output in RunFor(context, row)) yield return output;
            AfterRow(context);
        }
    }

    /// <summary>Called after each incoming row is done: where CALL { } IN TRANSACTIONS counts its batch.</summary>
    protected virtual void AfterRow(ExecutionContext context) { }

    private IEnumerable<object?[]> RunFor(ExecutionContext context, object?[] row)
    {
        foreach (var result in subquery.Run(context, row))
        {
            context.CheckInterrupt();
            var output = Copy(row);
            foreach (var slot in returnedSlots) output[slot] = result[slot];
            yield return output;
        }
    }
}

/// <summary>
/// CALL { ... } IN TRANSACTIONS OF n ROWS: the same, committing after every n incoming rows so a large
/// import is made durable in batches (the last batch commits with the statement). Refused inside an
/// explicit transaction, as Neo4j refuses it.
/// </summary>
internal sealed class TransactionalSubqueryCallOperator(Operator input, Operator subquery, int[] returnedSlots, bool unit,
    Expressions.Evaluator? batchSize, Writing.PendingDeletes pendingDeletes)
    : SubqueryCallOperator(input, subquery, returnedSlots, unit)
{
    public override string Name => "TransactionApply";

    public const long DefaultBatchSize = 1000; // Neo4j's default for IN TRANSACTIONS
    private long batch;
    private long rowsInBatch;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        if (context.Batches is null && context.Writer is not null) throw TransactionBatching.InExplicitTransaction();
        batch = batchSize is null ? DefaultBatchSize : BatchSize(batchSize(argument, context));
        rowsInBatch = 0;
        return base.Execute(context, argument);
    }

    protected override void AfterRow(ExecutionContext context)
    {
        if (++rowsInBatch < batch) return;
        rowsInBatch = 0;
        if (context.Batches is null) return;
        pendingDeletes.Complete(context); // a batch commits whole: its DELETEs are checked and applied first
        context.CommitBatch();
    }

    private static long BatchSize(object? value) => Values.CypherTypes.Normalize(value) is long rows and > 0
        ? rows
        : throw new CypherException("ArgumentError", "InvalidArgumentValue", ErrorPhase.Runtime,
            $"Invalid input. '{value}' is not a valid value. Must be a positive integer.");
}
