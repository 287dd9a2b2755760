using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// (a)-[rs*]->(b) where rs is already bound to a list of relationships: follows exactly that list
/// from a (in pattern order), in the pattern's direction, and binds or checks b at its end.
/// </summary>
internal sealed class BoundPathExpandOperator(Operator input, int fromSlot, int listSlot, int toSlot, Direction direction, bool toBound, bool reversed) : Operator
{
    public override string Name => "VarLengthExpand(Into)";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var reader = context.Reader;
            if (PatternValues.AsNode(row[fromSlot]) is not { } from || row[listSlot] is not List<object?> list) continue;
            var current = from;
            var ok = true;
            for (var i = 0; i < list.Count && ok; i++)
            {
                if (list[reversed ? list.Count - 1 - i : i] is not RelationshipEntity relationship) { ok = false; break; }
                ok = direction switch
                {
                    Direction.Outgoing => reader.StartOf(relationship).Id == current.Id,
                    Direction.Incoming => reader.EndOf(relationship).Id == current.Id,
                    _ => reader.StartOf(relationship).Id == current.Id || reader.EndOf(relationship).Id == current.Id,
                };
                current = reader.OtherNode(relationship, current);
            }
            if (!ok) continue;
            if (toBound)
            {
                if (row[toSlot] is NodeEntity bound && bound.Id == current.Id) yield return row;
                continue;
            }
            var output = Copy(row);
            output[toSlot] = current;
            yield return output;
        }
    }
}
