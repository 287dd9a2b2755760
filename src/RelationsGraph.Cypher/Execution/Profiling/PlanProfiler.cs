using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Execution.Profiling;

/// <summary>
/// PROFILE's bookkeeping: the rows each operator yields and the store reads made while it runs.
/// Operators are lazy and nested, so whichever operator is inside MoveNext at the top of the stack
/// is the one a store read is charged to (the pattern of a sampling-free call-stack profiler).
/// </summary>
internal sealed class PlanProfiler
{
    private readonly Dictionary<Operator, OperatorCounts> counts = new(ReferenceEqualityComparer.Instance);
    private readonly List<OperatorCounts> running = [];
    private readonly HashSet<Operator> described = new(ReferenceEqualityComparer.Instance);

    public sealed class OperatorCounts
    {
        public long Rows;
        public long DbHits;
    }

    public OperatorCounts CountsOf(Operator op)
    {
        if (!counts.TryGetValue(op, out var found)) counts[op] = found = new OperatorCounts();
        return found;
    }

    /// <summary>One store read, charged to the operator now running (reads outside any operator, e.g. result materialisation, are not charged).</summary>
    public void DbHit(int hits = 1)
    {
        if (running.Count > 0) running[^1].DbHits += hits;
    }

    /// <summary>
    /// The operators of the plan that will be described. Sub-plans run from inside an expression
    /// (EXISTS, pattern comprehensions) are not among them, so their reads go to the operator evaluating them.
    /// </summary>
    public void Measure(Operator root)
    {
        if (!described.Add(root)) return;
        foreach (var input in root.Inputs) Measure(input);
    }

    public IEnumerable<object?[]> Track(Operator op, Func<IEnumerable<object?[]>> start)
    {
        if (!described.Contains(op)) return start();
        return Tracked(CountsOf(op), start);
    }

    private IEnumerable<object?[]> Tracked(OperatorCounts mine, Func<IEnumerable<object?[]>> start)
    {
        IEnumerator<object?[]> rows;
        Enter(mine);
        try { rows = start().GetEnumerator(); }
        finally { Exit(); }
        using (rows)
        {
            while (true)
            {
                bool more;
                Enter(mine);
                try { more = rows.MoveNext(); }
                finally { Exit(); }
                if (!more) yield break;
                mine.Rows++;
                yield return rows.Current;
            }
        }
    }

    private void Enter(OperatorCounts op) => running.Add(op);

    private void Exit() => running.RemoveAt(running.Count - 1);
}
