using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>MATCH (n) WHERE elementId(n) = v (or IN list, or id(n) IN list): lookups by id instead of a scan.</summary>
internal sealed class NodeByElementIdSeekOperator(Operator input, int slot, Evaluator ids, bool many, bool elementId, EntityConstraint constraint) : Operator
{
    public override string Name => elementId ? "NodeByElementIdSeek" : "NodeByIdSeek";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var properties = constraint.Prepare(row, context);
            foreach (var id in EntityIdValues.Of(ids(row, context), many, elementId, "n:"))
            {
                context.CheckInterrupt();
                if (context.Reader.GetNode(id) is not { } node || context.Reader.IsDeleted(node) || !constraint.Matches(context.Reader, node, properties)) continue;
                var output = Copy(row);
                output[slot] = node;
                yield return output;
            }
        }
    }
}
