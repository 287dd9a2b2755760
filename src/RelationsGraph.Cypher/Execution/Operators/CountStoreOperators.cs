using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// A count answered by the store's own bookkeeping instead of a scan (Neo4j's count store): the count
/// is added to every incoming row. The two kinds below differ only in which count they read.
/// </summary>
internal abstract class CountFromCountStoreOperator(Operator input, int slot) : Operator
{
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected abstract long CountIn(IGraphReader reader);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var output = Copy(row);
            output[slot] = CountIn(context.Reader);
            yield return output;
        }
    }
}

/// <summary>MATCH (n:Label) RETURN count(*): the size of the label index (all nodes without a label).</summary>
internal sealed class NodeCountFromCountStoreOperator(Operator input, string? label, int slot) : CountFromCountStoreOperator(input, slot)
{
    public override string Name => "NodeCountFromCountStore";

    protected override long CountIn(IGraphReader reader) => label is null ? reader.NodeCount : reader.CountNodesWithLabel(label);
}

/// <summary>MATCH ()-[r:TYPE]->() RETURN count(r): the store's count of that type (all relationships without a type).</summary>
internal sealed class RelationshipCountFromCountStoreOperator(Operator input, string? type, int slot) : CountFromCountStoreOperator(input, slot)
{
    public override string Name => "RelationshipCountFromCountStore";

    protected override long CountIn(IGraphReader reader) => type is null ? reader.RelationshipCount : reader.CountRelationshipsWithType(type);
}
