using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>
/// DELETE and DETACH DELETE. A plain DELETE of a node that still has relationships is deferred to the
/// end of the statement (Neo4j checks at commit), so "DELETE n, r" works in either order; if the
/// relationships are still there then, the statement fails.
/// </summary>
internal sealed class DeleteOperator(Operator input, Evaluator[] targets, bool detach, PendingDeletes pending) : Operator
{
    public override string Name => detach ? "DetachDelete" : "Delete";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            foreach (var target in targets) Delete(context, target(row, context));
            yield return row;
        }
    }

    private void Delete(ExecutionContext context, object? value)
    {
        switch (value)
        {
            case null: return;
            case NodeEntity node: DeleteNode(context, node); return;
            case RelationshipEntity relationship: GraphMutations.DeleteRelationship(context, relationship); return;
            case PathValue path:
                foreach (var relationship in path.Relationships) GraphMutations.DeleteRelationship(context, relationship);
                foreach (var node in path.Nodes) DeleteNode(context, node);
                return;
            default:
                throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
                    $"Expected a Node, Relationship or Path to delete but got {CypherTypes.NameOf(value)}.");
        }
    }

    private void DeleteNode(ExecutionContext context, NodeEntity node)
    {
        if (context.Reader.IsDeleted(node)) return;
        if (!detach && context.Reader.Degree(node, Direction.Both) > 0) { pending.Add(node); return; }
        GraphMutations.DeleteNode(context, node, detach);
    }
}

/// <summary>Nodes whose DELETE waits for the end of the statement (see DeleteOperator).</summary>
internal sealed class PendingDeletes
{
    private readonly List<NodeEntity> nodes = [];

    public void Add(NodeEntity node) => nodes.Add(node);

    public void Complete(ExecutionContext context)
    {
        foreach (var node in nodes)
        {
            if (context.Reader.IsDeleted(node)) continue;
            if (context.Reader.Degree(node, Direction.Both) > 0)
                throw new CypherException("ConstraintVerificationFailed", "DeleteConnectedNode", ErrorPhase.Runtime,
                    $"Cannot delete node<{node.Id}>, because it still has relationships. To delete this node, you must first delete its relationships.");
            GraphMutations.DeleteNode(context, node, detach: false);
        }
        nodes.Clear();
    }
}
