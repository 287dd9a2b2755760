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

    /// <summary>
    /// Set by the planner when nothing reads the relationship (an anonymous one with no properties, outside a path, that
    /// no later hop of the MATCH checks uniqueness against): the hop then walks (id, far node) pairs and leaves the
    /// relationship's slot empty, so no relationship object is made or read per walked edge.
    /// </summary>
    public bool RelationshipUnread { get; set; }

    /// <summary>
    /// Set by the planner when the rows go (through filters only) to a consumer that reads each one before it pulls the
    /// next and keeps none (an aggregation): the hop then fills one output row over and over instead of a new one per edge.
    /// </summary>
    public bool ReusesOutputRow { get; set; }

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        List<(long RelationshipId, NodeEntity Other)>? farEnds = null;
        object?[]? reused = null;
        foreach (var row in input.Run(context, argument))
        {
            if (PatternValues.AsNode(row[fromSlot]) is not { } from) continue;
            NodeEntity? boundTo = null;
            if (toBound && (boundTo = PatternValues.AsNode(row[toSlot])) is null) continue;
            var toProperties = toConstraint.Prepare(row, context);
            if (RelationshipUnread && !relationshipBound)
            {
                // Filled for this row, then walked: the list is reused from row to row.
                farEnds ??= [];
                farEnds.Clear();
                context.Reader.AppendFarEnds(from, direction, types, farEnds);
                KeepMatches(farEnds, row, boundTo, toProperties, context);
                for (var i = 0; i < farEnds.Count; i++)
                {
                    var output = reused = NextRow(row, reused);
                    output[toSlot] = farEnds[i].Other;
                    yield return output;
                }
                continue;
            }
            var relationshipProperties = relationshipConstraint.Prepare(row, context);

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

                var output = reused = NextRow(row, reused);
                output[relationshipSlot] = relationship;
                output[toSlot] = to;
                yield return output;
            }
        }
    }

    /// <summary>
    /// Leaves in farEnds (in order) the edges the hop takes: not used earlier in the MATCH, ending at the bound node or at a
    /// node the pattern accepts. Apart from the iterator and optimised at once: it runs per walked edge, and a query's
    /// first hundred runs would otherwise walk in the runtime's unoptimised first tier.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void KeepMatches(List<(long RelationshipId, NodeEntity Other)> farEnds, object?[] row, NodeEntity? boundTo,
        KeyValuePair<string, object?>[]? toProperties, ExecutionContext context)
    {
        var kept = 0;
        for (var i = 0; i < farEnds.Count; i++)
        {
            context.CheckInterrupt();
            var (relationshipId, to) = farEnds[i];
            if (uniqueness.IsUsed(row, relationshipId)) continue;
            if (boundTo is not null)
            {
                if (to.Id != boundTo.Id) continue;
            }
            else
            {
                toConstraint.CountCheck(context);
                if (!toConstraint.Matches(context.Reader, to, toProperties)) continue;
            }
            farEnds[kept++] = farEnds[i];
        }
        farEnds.RemoveRange(kept, farEnds.Count - kept);
    }

    private object?[] NextRow(object?[] row, object?[]? reused)
    {
        if (!ReusesOutputRow) return Copy(row);
        if (reused is null || reused.Length != row.Length) return Copy(row);
        row.AsSpan().CopyTo(reused);
        return reused;
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
