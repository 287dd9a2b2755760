using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// MATCH (a)-[r:T]->(b) WHERE elementId(r) = v (or id(r), or IN list): looks the relationship up and binds
/// both ends, instead of scanning every node and walking every relationship. Undirected, it yields both
/// orientations (a self-loop once), as the expand it replaces would.
/// </summary>
internal sealed class RelationshipByIdSeekOperator(
    Operator input, Evaluator ids, bool many, bool elementId,
    int relationshipSlot, int leftSlot, int rightSlot, Direction direction, string[]? types,
    EntityConstraint relationshipConstraint, EntityConstraint leftConstraint, EntityConstraint rightConstraint) : Operator
{
    public override string Name => elementId ? "DirectedRelationshipByElementIdSeek" : "DirectedRelationshipByIdSeek";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var relationshipProperties = relationshipConstraint.Prepare(row, context);
            var leftProperties = leftConstraint.Prepare(row, context);
            var rightProperties = rightConstraint.Prepare(row, context);
            foreach (var id in EntityIdValues.Of(ids(row, context), many, elementId, "r:"))
            {
                context.CheckInterrupt();
                if (context.Reader.GetRelationship(id) is not { } relationship || context.Reader.IsDeleted(relationship)) continue;
                if (types is { Length: > 0 } && Array.IndexOf(types, relationship.Type) < 0) continue;
                if (!EntityConstraint.PropertiesMatch(context.Reader, relationship, relationshipProperties)) continue;
                foreach (var (left, right) in Orientations(context.Reader, relationship))
                {
                    if (leftSlot == rightSlot && left.Id != right.Id) continue; // (a)-[r]->(a) wants a loop
                    if (!leftConstraint.Matches(context.Reader, left, leftProperties) || !rightConstraint.Matches(context.Reader, right, rightProperties)) continue;
                    var output = Copy(row);
                    output[relationshipSlot] = relationship;
                    output[leftSlot] = left;
                    output[rightSlot] = right;
                    yield return output;
                }
            }
        }
    }

    private IEnumerable<(NodeEntity Left, NodeEntity Right)> Orientations(IGraphReader reader, RelationshipEntity relationship)
    {
        var (start, end) = (reader.StartOf(relationship), reader.EndOf(relationship));
        if (direction != Direction.Incoming) yield return (start, end);
        if (direction == Direction.Incoming || (direction == Direction.Both && start.Id != end.Id))
            yield return (end, start);
    }
}
