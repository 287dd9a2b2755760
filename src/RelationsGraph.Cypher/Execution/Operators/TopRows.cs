using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// The first rows under ORDER BY keys, kept in a bounded heap whose root is the worst row kept (Neo4j's Top):
/// n offered rows cost n log(kept) comparisons and kept rows of memory. Ties keep arrival order, as the stable
/// Sort does: a later row never displaces an equal earlier one. A row is evaluated into a scratch key array
/// first, so one that does not rank is neither copied nor kept.
/// </summary>
internal sealed class TopRows
{
    private sealed record Entry(object?[] Row, object?[] Keys, long Index);

    private readonly Evaluator[] keys;
    private readonly bool[] descending;
    private readonly long kept;
    private readonly PriorityQueue<Entry, Entry> heap;
    private object?[] scratch;
    private long index;

    public TopRows(Evaluator[] keys, bool[] descending, long kept)
    {
        this.keys = keys;
        this.descending = descending;
        this.kept = kept;
        heap = new PriorityQueue<Entry, Entry>(Comparer<Entry>.Create((a, b) => Compare(b, a)));
        scratch = new object?[keys.Length];
    }

    /// <summary>Offers a row; true when it was kept (the caller must then not change or reuse it).</summary>
    public bool Offer(object?[] row, ExecutionContext context)
    {
        for (var i = 0; i < keys.Length; i++) scratch[i] = keys[i](row, context);
        if (heap.Count >= kept)
        {
            // Full: a row enters only when strictly better than the worst kept (ties go to the earlier row).
            if (kept == 0 || CompareKeys(scratch, heap.Peek().Keys) >= 0) { index++; return false; }
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
        return true;
    }

    /// <summary>The first key of the worst row kept once the heap is full (a row must beat it to enter), else null.</summary>
    public object? WorstFirstKey() => kept > 0 && heap.Count >= kept && keys.Length > 0 ? heap.Peek().Keys[0] : null;

    /// <summary>The rows kept, best first, after the first skip of them.</summary>
    public IEnumerable<object?[]> Best(long skip)
    {
        var best = new Entry[heap.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = heap.Dequeue();
        for (var i = skip; i < best.Length; i++) yield return best[i].Row;
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
