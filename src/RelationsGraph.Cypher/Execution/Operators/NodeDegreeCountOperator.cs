using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// MATCH (n)-[:T]->() RETURN n, count(*): each node's count is its stored degree, so no relationship
/// is walked (unless the far end's labels exclude some nodes: see DegreeLookup). A node with no such
/// relationship has no match, so it yields no row, as grouping would.
/// </summary>
internal sealed class NodeDegreeCountOperator(Operator input, int nodeSlot, DegreeLookup degree, int countSlot) : Operator
{
    public override string Name => "GetDegree";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    public DegreeLookup Degree { get; } = degree;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var farLabelsHold = degree.FarLabelsHoldEverywhere(context.Reader);
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            if (row[nodeSlot] is not NodeEntity node) continue;
            var count = degree.Count(context, node, farLabelsHold);
            if (count == 0) continue;
            var output = Copy(row);
            output[countSlot] = count;
            yield return output;
        }
    }
}
