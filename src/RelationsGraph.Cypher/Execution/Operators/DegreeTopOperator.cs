using System.Runtime.InteropServices;
using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// How a projection groups the rows of GetDegree (one row per node, its count in CountSlot) when one of its keys differs
/// between nodes (ProjectionPlanner.DistinctPerRow): Keys evaluated into KeySlots, each aggregate (a sum of the count)
/// into CountSlots, then the projected items. DistinctKey is the index of the key that makes each row its own group;
/// DistinctProperty is its property when it is n.k (null when it is the node itself, which is never null).
/// </summary>
internal sealed record PerNodeGrouping(int[] KeySlots, Evaluator[] Keys, int DistinctKey, int[] CountSlots, int[] ProjectedSlots, Evaluator[] Projected,
    string? DistinctProperty = null);

/// <summary>
/// RETURN n.k AS k, count(*) AS c ORDER BY c DESC, k LIMIT m over GetDegree, as one pass (grouping, projection and
/// Top fused): each node's row gets its keys, count and projected items written in place and is kept only when it
/// ranks among the first rows, so a scan of every node makes no group, aggregate state or copied row per node.
/// Answers as EagerAggregation + Projection + Top would: rows whose distinct key is null (a node without the
/// property) are grouped by their keys and summed, and offered after the others, as the aggregation yields them.
/// <para>
/// Over the store's degree scan (NodeDegreeCountOperator.ScannedDegrees) nodes come as ids, and when the first ORDER BY key
/// is the count (ordersByCountFirst) a node whose count is strictly worse than the worst row kept is passed over without
/// making its node or evaluating its row: it cannot rank, and its key is not null (checked in the store), so it shares
/// no group either. Only the nodes that may rank are made.
/// </para>
/// </summary>
internal sealed class DegreeTopOperator(NodeDegreeCountOperator counts, PerNodeGrouping grouping, Evaluator[] keys, bool[] descending, Evaluator? skip, Evaluator limit,
    bool ordersByCountFirst = false)
    : Operator
{
    public override string Name => "Top";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(counts);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var (toSkip, top) = TopOperator.Start(context, argument, keys, descending, skip, limit);
        var shared = new Dictionary<GroupingKey, (object?[] Keys, long Count)>();
        var sharedOrder = new List<GroupingKey>();
        if (counts.ScannedDegrees(context, argument) is { } degrees)
        {
            var row = Copy(argument);
            foreach (var (id, count) in degrees)
            {
                if (CannotRank(count, top) && DistinctKeyHeld(id, context)) continue;
                if (context.Reader.GetNode(id) is not { } node) continue;
                row[counts.NodeSlot] = node;
                row[counts.CountSlot] = NodeDegreeCountOperator.BoxedCounts.Of(count);
                if (Offer(row, top, shared, sharedOrder, context)) row = Copy(argument);
            }
        }
        else if (counts.ScannedCounts(context, argument) is { } scanned)
        {
            // One scratch row serves every node that does not rank; a row the heap keeps is replaced.
            var row = Copy(argument);
            foreach (var (node, count) in scanned)
            {
                context.CheckInterrupt();
                row[counts.NodeSlot] = node;
                row[counts.CountSlot] = count;
                if (Offer(row, top, shared, sharedOrder, context)) row = Copy(argument);
            }
        }
        else
        {
            foreach (var input in counts.Run(context, argument))
            {
                context.CheckInterrupt();
                Offer(Owned(counts, input), top, shared, sharedOrder, context);
            }
        }
        foreach (var key in sharedOrder)
        {
            var (keyValues, count) = shared[key];
            var row = Copy(argument);
            for (var i = 0; i < keyValues.Length; i++) row[grouping.KeySlots[i]] = keyValues[i];
            foreach (var slot in grouping.CountSlots) row[slot] = count;
            Project(row, context);
            top.Offer(row, context);
        }
        foreach (var row in top.Best(toSkip)) yield return row;
    }

    /// <summary>Groups and projects one node's row and offers it to the heap; true when the heap kept the row.</summary>
    private bool Offer(object?[] row, TopRows top, Dictionary<GroupingKey, (object?[] Keys, long Count)> shared, List<GroupingKey> sharedOrder, ExecutionContext context)
    {
        for (var i = 0; i < grouping.Keys.Length; i++) row[grouping.KeySlots[i]] = grouping.Keys[i](row, context);
        if (row[grouping.KeySlots[grouping.DistinctKey]] is null)
        {
            Share(row, shared, sharedOrder, context);
            return false;
        }
        var count = row[counts.CountSlot];
        foreach (var slot in grouping.CountSlots) row[slot] = count;
        Project(row, context);
        return top.Offer(row, context);
    }

    // Nodes whose distinct key is null share a group per value of the other keys, as grouping would give.
    private void Share(object?[] row, Dictionary<GroupingKey, (object?[] Keys, long Count)> shared, List<GroupingKey> order, ExecutionContext context)
    {
        var keyValues = new object?[grouping.KeySlots.Length];
        for (var i = 0; i < keyValues.Length; i++) keyValues[i] = row[grouping.KeySlots[i]];
        var key = new GroupingKey(keyValues);
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, key, out var exists);
        if (!exists)
        {
            context.Memory.ChargeRow(keyValues);
            group = (keyValues, 0);
            order.Add(key);
        }
        group.Count += (long)row[counts.CountSlot]!;
    }

    // Strictly worse than the worst row of a full heap on the first key, the count: the row could not enter.
    private bool CannotRank(long count, TopRows top) =>
        ordersByCountFirst && top.WorstFirstKey() is long worst && (descending[0] ? count < worst : count > worst);

    // A node whose distinct key is null joins a shared group whatever its count, so it is never passed over.
    private bool DistinctKeyHeld(long id, ExecutionContext context) =>
        grouping.DistinctProperty is not { } property || context.Reader.NodeHasProperty(id, property);

    private void Project(object?[] row, ExecutionContext context)
    {
        for (var i = 0; i < grouping.Projected.Length; i++) row[grouping.ProjectedSlots[i]] = grouping.Projected[i](row, context);
    }
}
