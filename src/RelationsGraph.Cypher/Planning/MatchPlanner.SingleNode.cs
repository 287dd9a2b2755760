using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Planning;

internal sealed partial class MatchPlanner
{
    /// <summary>
    /// Binds one node of a pattern on its own, from the cheapest start the chain planner would pick for it
    /// (id or index seek from its property map, else label scan), for rewrites that handle the rest of the
    /// pattern themselves (StoreCountRewrite's degree counts). inner is the scope with the node's slot.
    /// </summary>
    public Operator PlanSingleNode(Operator input, BoundNode node, Scope outer, Scope inner)
    {
        var state = new ChainState(outer, inner, []);
        foreach (var (_, slot) in outer.Variables) state.Bound.Add(slot);
        return PlanAnchor(input, node, FindSeek(node, state), state);
    }
}
