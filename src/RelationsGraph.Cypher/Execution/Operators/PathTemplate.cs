using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// How to assemble p = (a)-[r]->(b)-[*]->(c) from row slots: the node slots in pattern order and,
/// between them, relationship slots (a single relationship, or a list for variable-length hops).
/// </summary>
internal sealed class PathTemplate(int[] nodeSlots, int[] relationshipSlots, bool[] variableLength)
{
    public PathValue? Build(IGraphReader reader, object?[] row)
    {
        if (row[nodeSlots[0]] is not NodeEntity current) return null;
        var nodes = new List<NodeEntity> { current };
        var relationships = new List<RelationshipEntity>();
        for (var i = 0; i < relationshipSlots.Length; i++)
        {
            if (variableLength[i])
            {
                if (row[relationshipSlots[i]] is not List<object?> hops) return null;
                foreach (var hop in hops)
                {
                    if (hop is not RelationshipEntity relationship) return null;
                    relationships.Add(relationship);
                    current = reader.OtherNode(relationship, current);
                    nodes.Add(current);
                }
            }
            else
            {
                if (row[relationshipSlots[i]] is not RelationshipEntity relationship) return null;
                relationships.Add(relationship);
                if (row[nodeSlots[i + 1]] is not NodeEntity next) return null;
                current = next;
                nodes.Add(current);
            }
        }
        return new PathValue(nodes, relationships);
    }
}

/// <summary>Binds a named path variable once the pattern's slots are filled.</summary>
internal sealed class NamedPathOperator(Operator input, int pathSlot, PathTemplate template) : Operator
{
    public override string Name => "Projection";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var output = Copy(row);
            output[pathSlot] = template.Build(context.Reader, row);
            yield return output;
        }
    }
}
