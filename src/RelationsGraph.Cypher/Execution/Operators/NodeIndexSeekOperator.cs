using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Finds nodes by (label, key) = value through the store's index or unique constraint; falls back to
/// a label scan if the index went away. A null value matches nothing, as null = x is never true.
/// </summary>
internal sealed class NodeIndexSeekOperator(Operator input, int slot, string label, string key, Evaluator value, EntityConstraint constraint) : Operator
{
    public override IEnumerable<object?[]> Run(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var sought = value(row, context);
            if (sought is null) continue;
            var properties = constraint.Prepare(row, context);
            var nodes = context.Reader.SeekByProperty(label, key, sought) ?? ScanFallback(context, sought);
            foreach (var node in nodes)
            {
                context.CheckInterrupt();
                if (!constraint.Matches(node, properties)) continue;
                var output = Copy(row);
                output[slot] = node;
                yield return output;
            }
        }
    }

    private IEnumerable<NodeEntity> ScanFallback(ExecutionContext context, object sought)
    {
        foreach (var node in context.Reader.NodesWithLabel(label))
            if (node.Properties.TryGetValue(key, out var present) && Values.CypherEquality.Equals(present, sought) == true)
                yield return node;
    }
}
