using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>Binds a node variable to every node, or every node with a label, that meets the pattern's constraint.</summary>
internal sealed class NodeScanOperator(Operator input, int slot, string? label, EntityConstraint constraint) : Operator
{
    private readonly EntityConstraint unguaranteed = constraint.Without(label); // the scan's own label needs no check

    /// <summary>The scanned label; null when every node is scanned.</summary>
    public string? Label => label;

    public override string Name => label is null ? "AllNodesScan" : "NodeByLabelScan";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);
    public override bool YieldsFreshRows => true;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var properties = constraint.Prepare(row, context);
            var nodes = label is null ? context.Reader.AllNodes() : context.Reader.NodesWithLabel(label);
            foreach (var node in nodes)
            {
                context.CheckInterrupt();
                constraint.CountCheck(context, label);
                if (!unguaranteed.Matches(node, properties)) continue;
                var output = Copy(row);
                output[slot] = node;
                yield return output;
            }
        }
    }
}
