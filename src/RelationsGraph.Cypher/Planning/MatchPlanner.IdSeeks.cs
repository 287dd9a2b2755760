using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

// Seeks by identity: WHERE elementId(x) = v, elementId(x) IN list, id(x) IN list for nodes, and the same
// with id(r) = v for relationships, whose other side is computable before x is bound. A relationship
// seek starts a chain with nothing bound from the relationship itself and binds both its ends.
internal sealed partial class MatchPlanner
{
    /// <summary>Relationship is the index of the hop in its chain (unused for nodes).</summary>
    private sealed record IdSeek(int Relationship, bool ElementId, bool Many, Expression Value, Expression Conjunct);

    private static IdSeek? FindIdSeek(string name, ChainState state, int relationship = -1)
    {
        foreach (var conjunct in state.Conjuncts)
        {
            if (conjunct is not Binary { Operator: BinaryOperator.Equal or BinaryOperator.In } binary) continue;
            var many = binary.Operator == BinaryOperator.In;
            var sides = many ? new[] { (binary.Left, binary.Right) } : [(binary.Left, binary.Right), (binary.Right, binary.Left)];
            foreach (var (side, other) in sides)
            {
                if (side is not FunctionCall { Arguments: [Variable target] } call || target.Name != name || !Computable(other, name, state)) continue;
                if (call.Name.Equals("elementId", StringComparison.OrdinalIgnoreCase)) return new IdSeek(relationship, true, many, other, conjunct);
                // id(n) = v has its own node seek; id(n) IN list and id(r) come here.
                if (call.Name.Equals("id", StringComparison.OrdinalIgnoreCase) && (many || relationship >= 0))
                    return new IdSeek(relationship, false, many, other, conjunct);
            }
        }
        return null;
    }

    private static IdSeek? FindRelationshipSeek(BoundPart part, ChainState state)
    {
        for (var i = 0; i < part.Relationships.Length; i++)
        {
            var relationship = part.Relationships[i];
            if (relationship.OuterBound || relationship.Pattern is not { Length: null, Variable: { } name }) continue;
            if (FindIdSeek(name, state, i) is { } seek) return seek;
        }
        return null;
    }

    private Operator PlanRelationshipSeek(Operator plan, BoundPart part, IdSeek seek, ChainState state)
    {
        var relationship = part.Relationships[seek.Relationship];
        var (left, right) = (part.Nodes[seek.Relationship], part.Nodes[seek.Relationship + 1]);
        state.Conjuncts.Remove(seek.Conjunct);
        var value = planning.Expressions.Compile(seek.Value, state.Scope);
        plan = new RelationshipByIdSeekOperator(plan, value, seek.Many, seek.ElementId,
            relationship.Slot, left.Slot, right.Slot, ToDirection(relationship.Pattern.Direction), Types(relationship.Pattern),
            PropertyConstraint(relationship.Pattern.Properties, state.Scope),
            NodeConstraint(left.Pattern, state.Scope), NodeConstraint(right.Pattern, state.Scope));
        state.Bound.Add(relationship.Slot);
        state.Bound.Add(left.Slot);
        state.Bound.Add(right.Slot);
        state.RelationshipSlots.Add(relationship.Slot);
        return plan;
    }
}
