using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// ORDER BY ... [SKIP s] LIMIT k as one operator (Neo4j's Top): keeps only the s + k first rows in a bounded
/// heap whose root is the worst row kept, so n input rows cost n log(s + k) comparisons and s + k rows of
/// memory instead of a sort of all n. Ties keep input order, as the stable Sort does: a later row never
/// displaces an equal earlier one. Evaluates and checks SKIP and LIMIT exactly as SkipLimitOperator does.
/// </summary>
internal sealed class TopOperator(Operator input, Evaluator[] keys, bool[] descending, Evaluator? skip, Evaluator limit) : Operator
{
    public override string Name => "Top";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    private sealed record Entry(object?[] Row, object?[] Keys, long Index);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var toSkip = skip is null ? 0 : SkipLimitOperator.Count(skip(argument, context), "SKIP");
        var toTake = SkipLimitOperator.Count(limit(argument, context), "LIMIT");
        var kept = toTake > long.MaxValue - toSkip ? long.MaxValue : toSkip + toTake;
        var worstFirst = Comparer<Entry>.Create((a, b) => Compare(b, a));
        var heap = new PriorityQueue<Entry, Entry>(worstFirst);
        var scratch = new object?[keys.Length];
        long index = 0;
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            for (var i = 0; i < keys.Length; i++) scratch[i] = keys[i](row, context);
            if (heap.Count >= kept)
            {
                // Full: a row enters only when strictly better than the worst kept (ties go to the earlier row).
                if (kept == 0 || CompareKeys(scratch, heap.Peek().Keys) >= 0) { index++; continue; }
                heap.Dequeue();
            }
            else
            {
                context.Memory.ChargeRow(row);
                context.Memory.ChargeRow(scratch);
            }
            var entry = new Entry(row, scratch, index++);
            heap.Enqueue(entry, entry);
            scratch = new object?[keys.Length];
        }

        var best = new Entry[heap.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = heap.Dequeue();
        for (var i = toSkip; i < best.Length; i++) yield return best[i].Row;
    }

    private int Compare(Entry a, Entry b)
    {
        var order = CompareKeys(a.Keys, b.Keys);
        return order != 0 ? order : a.Index.CompareTo(b.Index);
    }

    private int CompareKeys(object?[] a, object?[] b)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var order = CypherOrdering.Instance.Compare(a[i], b[i]);
            if (order != 0) return descending[i] ? -order : order;
        }
        return 0;
    }
}
