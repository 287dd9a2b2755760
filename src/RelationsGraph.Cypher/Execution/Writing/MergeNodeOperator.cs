using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>
/// The bulk-loading shape MERGE (n:Label {key: value, ...}) on a new variable, done directly: one
/// index seek (or label scan) per row and no sub-plan. Same semantics as MergeOperator.
/// </summary>
internal sealed class MergeNodeOperator(Operator input, int slot, string[] labels, string[] keys, Evaluator[] values, Setter[] onMatch, Setter[] onCreate) : Operator
{
    public override string Name => "Merge";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var properties = new object?[keys.Length];
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            for (var i = 0; i < keys.Length; i++)
            {
                properties[i] = CypherTypes.Normalize(values[i](row, context));
                if (properties[i] is null)
                    throw new CypherException("SemanticError", "MergeReadOwnWrites", ErrorPhase.Runtime,
                        $"Cannot merge the following node because of null property value for '{keys[i]}'.");
            }

            List<NodeEntity>? found = null;
            foreach (var node in Candidates(context, properties))
                if (Matches(context.Reader, node, properties)) (found ??= []).Add(node);

            if (found is null)
            {
                var output = Copy(row);
                var initial = new KeyValuePair<string, object?>[keys.Length];
                for (var i = 0; i < keys.Length; i++) initial[i] = new(keys[i], properties[i]);
                output[slot] = GraphMutations.CreateNode(context, labels, initial);
                foreach (var setter in onCreate) setter.Apply(output, context);
                yield return output;
                continue;
            }
            foreach (var node in found)
            {
                var output = Copy(row);
                output[slot] = node;
                foreach (var setter in onMatch) setter.Apply(output, context);
                yield return output;
            }
        }
    }

    private IEnumerable<NodeEntity> Candidates(ExecutionContext context, object?[] properties)
    {
        if (labels.Length > 0)
        {
            for (var i = 0; i < keys.Length; i++)
                if (context.Reader.SeekByProperty(labels[0], keys[i], properties[i]!) is { } seek) return seek;
            return context.Reader.NodesWithLabel(labels[0]);
        }
        return context.Reader.AllNodes();
    }

    private bool Matches(IGraphReader reader, NodeEntity node, object?[] properties)
    {
        if (labels.Length > 0)
        {
            var labelsHeld = reader.LabelsOf(node);
            foreach (var label in labels)
                if (!labelsHeld.Contains(label)) return false;
        }
        if (keys.Length == 0) return true;
        var held = reader.PropertiesOf(node);
        for (var i = 0; i < keys.Length; i++)
            if (!held.TryGetValue(keys[i], out var present) || CypherEquality.Equals(present, properties[i]) != true) return false;
        return true;
    }
}
