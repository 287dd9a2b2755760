using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>A pattern node whose variable is already bound: keep the row when the bound node meets the pattern's labels and properties.</summary>
internal sealed class BoundNodeCheckOperator(Operator input, int slot, EntityConstraint constraint) : Operator
{
    public override string Name => "Filter";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            switch (row[slot])
            {
                case null: continue;
                case NodeEntity node:
                    constraint.CountCheck(context);
                    if (constraint.Matches(context.Reader, node, constraint.Prepare(row, context))) yield return row;
                    break;
                case var other:
                    throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
                        $"Expected a Node but got {CypherTypes.NameOf(other)}.");
            }
        }
    }
}
