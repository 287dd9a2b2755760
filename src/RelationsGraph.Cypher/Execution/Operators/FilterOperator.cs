using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>Keeps rows whose predicate is exactly true (null and false both drop the row).</summary>
internal sealed class FilterOperator(Operator input, Evaluator predicate) : Operator
{
    public override string Name => "Filter";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            if (Truth.IsTrue(predicate(row, context))) yield return row;
        }
    }
}
