using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// A pattern that only counts one node's relationships: (n)-[:T]->() with n bound, one hop, no
/// labels, properties or predicates on the far side. Such a count is the node's stored degree
/// (a rewrite Neo4j's planner also makes), so nothing is walked.
/// </summary>
internal sealed record DegreeShape(int NodeSlot, DegreeLookup Lookup)
{
    /// <summary>The degree shape of COUNT { pattern [WHERE ...] } with the node bound in scope, or null.</summary>
    public static DegreeShape? Of(Pattern pattern, Expression? where, Scope scope)
    {
        if (where is not null || pattern.Parts is not [{ PathVariable: null, Shortest: ShortestPathKind.None } part]) return null;
        return Of(part.Element, name => scope.TryGet(name, out var slot) ? slot : -1);
    }

    /// <summary>slotOf gives the slot of a bound variable, -1 when the name is not bound.</summary>
    public static DegreeShape? Of(PatternElement element, Func<string, int> slotOf)
    {
        if (element.Relationships is not [{ Length: null, Properties: null } relationship] || InlinePredicates.Of(element).Any()) return null;
        if (relationship.Variable is { } name && slotOf(name) >= 0) return null;
        var (left, right) = (element.Nodes[0], element.Nodes[1]);
        var direction = MatchPlanner.ToDirection(relationship.Direction);
        if (BoundPlain(left, slotOf) is { } leftSlot && FreePlain(right, left, slotOf))
            return new DegreeShape(leftSlot, new DegreeLookup(direction, MatchPlanner.Types(relationship)));
        if (BoundPlain(right, slotOf) is { } rightSlot && FreePlain(left, right, slotOf))
            return new DegreeShape(rightSlot, new DegreeLookup(Reverse(direction), MatchPlanner.Types(relationship)));
        return null;
    }

    public Evaluator Evaluator()
    {
        var (slot, lookup) = (NodeSlot, Lookup);
        // A null node (from OPTIONAL MATCH) matches nothing, so its count is 0, as the pattern would give.
        return (row, context) => row[slot] is NodeEntity node ? lookup.Count(context, node) : 0L;
    }

    private static int? BoundPlain(NodePattern node, Func<string, int> slotOf) =>
        node is { Variable: { } name, Labels.Count: 0, Properties: null } && slotOf(name) is var slot and >= 0 ? slot : null;

    private static bool FreePlain(NodePattern node, NodePattern other, Func<string, int> slotOf) =>
        node is { Labels.Count: 0, Properties: null }
        && (node.Variable is null || (slotOf(node.Variable) < 0 && node.Variable != other.Variable));

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };
}
