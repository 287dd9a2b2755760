using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>UNWIND: one row per list element; null gives no rows, a non-list value gives one row.</summary>
internal sealed class UnwindOperator(Operator input, Evaluator source, int slot) : Operator
{
    public override string Name => "Unwind";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);
    public override bool YieldsFreshRows => true; // a new copy per element, never kept

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var value = source(row, context);
            if (value is null) continue;
            if (CypherTypes.AsList(value) is { } list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    context.CheckInterrupt();
                    var output = Copy(row);
                    output[slot] = list[i];
                    yield return output;
                }
            }
            else
            {
                var output = Copy(row);
                output[slot] = value;
                yield return output;
            }
        }
    }
}
