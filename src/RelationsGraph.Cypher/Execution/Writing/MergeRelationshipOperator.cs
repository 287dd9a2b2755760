using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>
/// MERGE (a)-[r:T {k: v}]->(b) with a and b bound, done directly: scans the smaller adjacency of
/// the two nodes and creates the relationship when none fits. Same semantics as MergeOperator.
/// </summary>
internal sealed class MergeRelationshipOperator(
    Operator input, int startSlot, int endSlot, int relationshipSlot, string type, bool undirected,
    string[] keys, Evaluator[] values, Setter[] onMatch, Setter[] onCreate) : Operator
{
    public override string Name => "Merge";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            if (row[startSlot] is not NodeEntity start || row[endSlot] is not NodeEntity end)
                throw new CypherException("SemanticError", "MergeWithNull", ErrorPhase.Runtime,
                    "Failed to create relationship, because a node of the MERGE pattern is null.");
            var properties = keys.Length == 0 ? [] : new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                properties[i] = CypherTypes.Normalize(values[i](row, context));
                if (properties[i] is null)
                    throw new CypherException("SemanticError", "MergeReadOwnWrites", ErrorPhase.Runtime,
                        $"Cannot merge the following relationship because of null property value for '{keys[i]}'.");
            }

            var found = Existing(context, start, end, properties);

            if (found is null)
            {
                var output = Owned(input, row);
                KeyValuePair<string, object?>[] initial = keys.Length == 0 ? [] : new KeyValuePair<string, object?>[keys.Length];
                for (var i = 0; i < keys.Length; i++) initial[i] = new(keys[i], properties[i]);
                output[relationshipSlot] = GraphMutations.CreateRelationship(context, start, end, type, initial);
                foreach (var setter in onCreate) setter.Apply(output, context);
                yield return output;
                continue;
            }
            foreach (var relationship in found)
            {
                var output = Copy(row);
                output[relationshipSlot] = relationship;
                foreach (var setter in onMatch) setter.Apply(output, context);
                yield return output;
            }
        }
    }

    /// <summary>
    /// The relationships already joining start and end that fit the pattern, or null when none does. Walks
    /// whichever end has fewer relationships of the type, in the store's plain loop (no iterator per row), and
    /// without the writer's defensive copy: everything is collected before anything is created.
    /// </summary>
    private List<RelationshipEntity>? Existing(ExecutionContext context, NodeEntity start, NodeEntity end, object?[] properties)
    {
        var reader = context.Reader;
        var fromStart = reader.Degree(start, undirected ? Direction.Both : Direction.Outgoing, type)
                        <= reader.Degree(end, undirected ? Direction.Both : Direction.Incoming, type);
        var (origin, other) = fromStart ? (start, end) : (end, start);
        var direction = undirected ? Direction.Both : fromStart ? Direction.Outgoing : Direction.Incoming;
        var found = reader.RelationshipsBetween(origin, direction, type, other);
        if (found is null || keys.Length == 0) return found;
        // A loop, not RemoveAll with a lambda: its closure over properties would be made on every call.
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
            if (Fits(reader, found[i], properties)) found[kept++] = found[i];
        found.RemoveRange(kept, found.Count - kept);
        return kept == 0 ? null : found;
    }

    private bool Fits(IGraphReader reader, RelationshipEntity relationship, object?[] properties)
    {
        var held = reader.PropertiesOf(relationship);
        for (var i = 0; i < keys.Length; i++)
            if (!held.TryGetValue(keys[i], out var present) || CypherEquality.Equals(present, properties[i]) != true) return false;
        return true;
    }
}
