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

    /// <summary>True when the scan checks nothing beyond its own label (every node it walks is bound).</summary>
    public bool ChecksOnlyLabel => unguaranteed.IsEmpty;

    /// <summary>True when the scan runs once, over the argument row (its input is the pipeline's leaf).</summary>
    public bool ScansArgumentRow => input is ArgumentOperator;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            foreach (var node in NodesFor(context, row))
            {
                var output = Copy(row);
                output[slot] = node;
                yield return output;
            }
        }
    }

    /// <summary>The nodes the scan binds for one input row (label and constraint checked), without making their rows.</summary>
    public IEnumerable<NodeEntity> NodesFor(ExecutionContext context, object?[] row)
    {
        var properties = constraint.Prepare(row, context);
        var nodes = label is null ? context.Reader.AllNodes() : context.Reader.NodesWithLabel(label);
        foreach (var node in nodes)
        {
            context.CheckInterrupt();
            constraint.CountCheck(context, label);
            if (unguaranteed.Matches(context.Reader, node, properties)) yield return node;
        }
    }
}
