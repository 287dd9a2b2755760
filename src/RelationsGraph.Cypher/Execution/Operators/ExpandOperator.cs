using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// One hop (a)-[r:T]->(b) from a bound node through the store's per-type adjacency. When the far node
/// (or the relationship) is already bound, the hop only checks that it closes there.
/// </summary>
internal sealed class ExpandOperator(
    Operator input, int fromSlot, int relationshipSlot, int toSlot, Direction direction, string[]? types,
    bool toBound, bool relationshipBound, EntityConstraint relationshipConstraint, EntityConstraint toConstraint,
    RelationshipUniqueness uniqueness) : Operator
{
    public override string Name => toBound ? "Expand(Into)" : "Expand(All)";
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

            foreach (var relationship in Candidates(context, row, from))
            {
                context.CheckInterrupt();
                relationshipConstraint.CountCheck(context);
                if (!EntityConstraint.PropertiesMatch(context.Reader, relationship, relationshipProperties)) continue;
                if (uniqueness.IsUsed(row, relationship)) continue;
                var to = context.Reader.OtherNode(relationship, from);
                if (boundTo is not null)
                {
                    if (to.Id != boundTo.Id) continue;
                }
                else
                {
                    toConstraint.CountCheck(context);
                    if (!toConstraint.Matches(context.Reader, to, toProperties)) continue;
                }

                var output = Copy(row);
                output[relationshipSlot] = relationship;
                output[toSlot] = to;
                yield return output;
            }
        }
    }

    private IEnumerable<RelationshipEntity> Candidates(ExecutionContext context, object?[] row, NodeEntity from)
    {
        if (!relationshipBound) return context.Reader.Relationships(from, direction, types);
        if (row[relationshipSlot] is not RelationshipEntity bound) return [];
        var fits = (types is null || types.Length == 0 || Array.IndexOf(types, bound.Type) >= 0) && direction switch
        {
            Direction.Outgoing => context.Reader.StartOf(bound).Id == from.Id,
            Direction.Incoming => context.Reader.EndOf(bound).Id == from.Id,
            _ => context.Reader.StartOf(bound).Id == from.Id || context.Reader.EndOf(bound).Id == from.Id,
        };
        return fits ? [bound] : [];
    }
}

internal static class PatternValues
{
    /// <summary>The slot's node, null when the slot is null (an unmatched OPTIONAL MATCH); other values are a type error.</summary>
    public static NodeEntity? AsNode(object? value) => value switch
    {
        null => null,
        NodeEntity node => node,
        _ => throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime, $"Expected a Node but got {CypherTypes.NameOf(value)}."),
    };
}
