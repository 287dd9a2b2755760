using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// (a)-[r*min..max]->(b): depth-first over the adjacency, never reusing a relationship within the path
/// or one bound elsewhere in the MATCH. Binds r to the list of relationships in pattern order.
/// </summary>
internal sealed class VariableLengthExpandOperator(
    Operator input, int fromSlot, int listSlot, int toSlot, Direction direction, string[]? types, int min, int max,
    bool toBound, EntityConstraint relationshipConstraint, EntityConstraint toConstraint, RelationshipUniqueness uniqueness,
    bool reverseList) : Operator
{
    public override string Name => toBound ? "VarLengthExpand(Into)" : "VarLengthExpand(All)";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            if (PatternValues.AsNode(row[fromSlot]) is not { } from) continue;
            NodeEntity? boundTo = null;
            if (toBound && (boundTo = PatternValues.AsNode(row[toSlot])) is null) continue;
            var relationshipProperties = relationshipConstraint.Prepare(row, context);
            var toProperties = toConstraint.Prepare(row, context);
            var path = new List<RelationshipEntity>();
            foreach (var (end, relationships) in Walk(context, row, from, path, relationshipProperties))
            {
                if (boundTo is not null ? end.Id != boundTo.Id : !toConstraint.Matches(context.Reader, end, toProperties)) continue;
                var list = new List<object?>(relationships.Count);
                if (reverseList) for (var i = relationships.Count - 1; i >= 0; i--) list.Add(relationships[i]);
                else foreach (var relationship in relationships) list.Add(relationship);
                var output = Copy(row);
                output[listSlot] = list;
                output[toSlot] = end;
                yield return output;
            }
        }
    }

    private IEnumerable<(NodeEntity End, List<RelationshipEntity> Path)> Walk(
        ExecutionContext context, object?[] row, NodeEntity node, List<RelationshipEntity> path, KeyValuePair<string, object?>[]? relationshipProperties)
    {
        if (path.Count >= min) yield return (node, path);
        if (path.Count >= max) yield break;
        foreach (var relationship in context.Reader.Relationships(node, direction, types))
        {
            context.CheckInterrupt();
            if (!EntityConstraint.PropertiesMatch(context.Reader, relationship, relationshipProperties)) continue;
            if (Contains(path, relationship) || uniqueness.IsUsed(row, relationship)) continue;
            path.Add(relationship);
            foreach (var found in Walk(context, row, context.Reader.OtherNode(relationship, node), path, relationshipProperties))
                yield return found;
            path.RemoveAt(path.Count - 1);
        }
    }

    private static bool Contains(List<RelationshipEntity> path, RelationshipEntity relationship)
    {
        foreach (var used in path)
            if (used.Id == relationship.Id) return true;
        return false;
    }
}
