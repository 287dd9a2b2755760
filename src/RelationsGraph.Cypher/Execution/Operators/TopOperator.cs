using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// ORDER BY ... [SKIP s] LIMIT k as one operator (Neo4j's Top): keeps only the s + k first rows (see TopRows),
/// so n input rows cost n log(s + k) comparisons and s + k rows of memory instead of a sort of all n.
/// Evaluates and checks SKIP and LIMIT exactly as SkipLimitOperator does.
/// </summary>
internal sealed class TopOperator(Operator input, Evaluator[] keys, bool[] descending, Evaluator? skip, Evaluator limit) : Operator
{
    public override string Name => "Top";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var (toSkip, top) = Start(context, argument, keys, descending, skip, limit);
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            top.Offer(row, context);
        }
        foreach (var row in top.Best(toSkip)) yield return row;
    }

    /// <summary>SKIP and LIMIT evaluated and checked, and an empty heap for their sum.</summary>
    public static (long Skip, TopRows Top) Start(ExecutionContext context, object?[] argument, Evaluator[] keys, bool[] descending, Evaluator? skip, Evaluator limit)
    {
        var toSkip = skip is null ? 0 : SkipLimitOperator.Count(skip(argument, context), "SKIP");
        var toTake = SkipLimitOperator.Count(limit(argument, context), "LIMIT");
        var kept = toTake > long.MaxValue - toSkip ? long.MaxValue : toSkip + toTake;
        return (toSkip, new TopRows(keys, descending, kept));
    }
}
