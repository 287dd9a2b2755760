using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Finds nodes by (label, key) = value through the store's index or unique constraint; falls back to
/// a label scan if the index went away. A null value matches nothing, as null = x is never true.
/// With many, the value is a list (n.key IN list) and each distinct element is sought.
/// Covered: the planner found the pattern asks nothing but (n:label {key: value}), the value sought, so
/// the pattern's map is neither evaluated a second time nor gathered into an array per row.
/// </summary>
internal sealed class NodeIndexSeekOperator(Operator input, int slot, string label, string key, Evaluator value, EntityConstraint constraint,
    bool many = false, bool covered = false) : Operator
{
    public override string Name => many ? "NodeIndexSeek(IN)" : "NodeIndexSeek";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);
    public override bool YieldsFreshRows => true;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument) =>
        many ? ExecuteMany(context, argument) : ExecuteOne(context, argument);

    // One value per row, the bulk-loading shape; kept apart from the IN form so its iterator (one per
    // sub-plan run, so one per row under CALL { } or MERGE) holds only what this path needs.
    private IEnumerable<object?[]> ExecuteOne(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var sought = value(row, context);
            if (sought is null) continue;
            var properties = covered ? null : constraint.Prepare(row, context);
            var nodes = Seek(context, sought);
            if (nodes is NodeEntity[] copied)
            {
                // The writer's seek hands back a copied array (usually of one node) of nodes holding the key
                // in the newest state: no enumerator, and no second read of what the seek just checked.
                // The last node may take the input's row itself when that row is fresh (one copy fewer per bulk-load row).
                var normalized = CypherTypes.Normalize(sought);
                for (var i = 0; i < copied.Length; i++)
                {
                    var node = copied[i];
                    context.CheckInterrupt();
                    constraint.CountCheck(context, label);
                    if (covered ? normalized is long or string || Holds(node, sought) : constraint.MatchesAfterSeek(node, properties, label, key, normalized))
                        yield return i == copied.Length - 1 && input.YieldsFreshRows ? Into(row, node) : With(row, node);
                }
                continue;
            }
            foreach (var node in nodes)
                if (covered ? AcceptCovered(context, node, sought) : Accept(context, node, properties)) yield return With(row, node);
        }
    }

    private IEnumerable<object?[]> ExecuteMany(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var sought = value(row, context);
            if (sought is null) continue;
            var properties = constraint.Prepare(row, context);
            foreach (var one in SoughtValues(sought))
                foreach (var node in Seek(context, one))
                    if (Accept(context, node, properties)) yield return With(row, node);
        }
    }

    private IEnumerable<NodeEntity> Seek(ExecutionContext context, object sought) =>
        context.Reader.SeekByProperty(label, key, sought) ?? ScanFallback(context, sought);

    private bool Accept(ExecutionContext context, NodeEntity node, KeyValuePair<string, object?>[]? properties)
    {
        context.CheckInterrupt();
        constraint.CountCheck(context, label);
        return constraint.Matches(node, properties);
    }

    private bool AcceptCovered(ExecutionContext context, NodeEntity node, object sought)
    {
        context.CheckInterrupt();
        constraint.CountCheck(context, label);
        return Holds(node, sought);
    }

    // What the pattern asks, checked against the value already sought: the label and key = value by Cypher equality.
    private bool Holds(NodeEntity node, object sought) =>
        node.Labels.Contains(label) && node.Properties.TryGetValue(key, out var present) && CypherEquality.Equals(present, sought) == true;

    private object?[] Into(object?[] row, NodeEntity node)
    {
        row[slot] = node;
        return row;
    }

    private object?[] With(object?[] row, NodeEntity node)
    {
        var output = Copy(row);
        output[slot] = node;
        return output;
    }

    private static List<object> SoughtValues(object sought)
    {
        var list = CypherTypes.AsList(sought) ?? throw CypherErrors.OperandType("IN", sought);
        var distinct = new HashSet<object?>(CypherEquivalence.Instance);
        var result = new List<object>();
        foreach (var item in list)
            if (item is not null && distinct.Add(item)) result.Add(item);
        return result;
    }

    private IEnumerable<NodeEntity> ScanFallback(ExecutionContext context, object sought)
    {
        foreach (var node in context.Reader.NodesWithLabel(label))
            if (node.Properties.TryGetValue(key, out var present) && CypherEquality.Equals(present, sought) == true)
                yield return node;
    }
}
