namespace RelationsGraph.Cypher.Execution.Operators;

// Counts answered by the store's own bookkeeping instead of a scan: Neo4j's NodeCountFromCountStore
// and RelationshipCountFromCountStore. Each adds the count to every incoming row.

/// <summary>MATCH (n:Label) RETURN count(*): the size of the label index (all nodes without a label).</summary>
internal sealed class NodeCountFromCountStoreOperator(Operator input, string? label, int slot) : Operator
{
    public override string Name => "NodeCountFromCountStore";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    public string? Label { get; } = label;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var output = Copy(row);
            output[slot] = label is null ? context.Reader.NodeCount : context.Reader.CountNodesWithLabel(label);
            yield return output;
        }
    }
}

/// <summary>MATCH ()-[r:TYPE]->() RETURN count(r): the store's count of that type (all relationships without a type).</summary>
internal sealed class RelationshipCountFromCountStoreOperator(Operator input, string? type, int slot) : Operator
{
    public override string Name => "RelationshipCountFromCountStore";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    public string? Type { get; } = type;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var output = Copy(row);
            output[slot] = type is null ? context.Reader.RelationshipCount : context.Reader.CountRelationshipsWithType(type);
            yield return output;
        }
    }
}
