using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>MATCH (n) WHERE id(n) = v: one lookup by id instead of a scan; a non-integer id matches nothing.</summary>
internal sealed class NodeByIdSeekOperator(Operator input, int slot, Evaluator id, EntityConstraint constraint) : Operator
{
    public override string Name => "NodeByIdSeek";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            if (CypherTypes.Normalize(id(row, context)) is not long wanted) continue;
            if (context.Reader.GetNode(wanted) is not { } node || context.Reader.IsDeleted(node)) continue;
            constraint.CountCheck(context);
            if (!constraint.Matches(context.Reader, node, constraint.Prepare(row, context))) continue;
            var output = Copy(row);
            output[slot] = node;
            yield return output;
        }
    }
}
