using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>Evaluates expressions into slots of a copy of each row (WITH/RETURN without aggregation).</summary>
internal sealed class ProjectOperator(Operator input, int[] slots, Evaluator[] evaluators) : Operator
{
    public override string Name => "Projection";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var values = new object?[slots.Length];
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            // Evaluate all items against the incoming row before writing, so "WITH b AS a, a AS b" swaps.
            for (var i = 0; i < evaluators.Length; i++) values[i] = evaluators[i](row, context);
            var output = Copy(row);
            for (var i = 0; i < slots.Length; i++) output[slots[i]] = values[i];
            yield return output;
        }
    }
}
