using System.Runtime.CompilerServices;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>One WHERE conjunct n.key OP bound (OP one of = &lt; &lt;= &gt; &gt;=, n on the left once planned), bound computed before n.</summary>
internal sealed record ColumnComparison(string Key, BinaryComparison Operator, Evaluator Bound)
{
    /// <summary>What the Filter operator would have made of the conjunct: true keeps the row, null and false drop it.</summary>
    public bool Holds(object? value, object? bound) => Operator switch
    {
        BinaryComparison.Equal => CypherEquality.Equals(value, bound) == true,
        BinaryComparison.LessThan => CypherComparison.LessThan(value, bound) == true,
        BinaryComparison.LessThanOrEqual => CypherComparison.LessThanOrEqual(value, bound) == true,
        BinaryComparison.GreaterThan => CypherComparison.GreaterThan(value, bound) == true,
        _ => CypherComparison.GreaterThanOrEqual(value, bound) == true,
    };
}

internal enum BinaryComparison { Equal, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual }

/// <summary>
/// MATCH (n:Label) WHERE n.k1 OP $a AND n.k2 OP $b ...: a label scan that applies the property comparisons itself.
/// On a committed snapshot it reads each property as a column (PropertyColumns) and compares in place, integers
/// without unboxing when the column and bound allow; otherwise (inside a write transaction, a label too large to cache)
/// it scans and reads each node's property. Either way a node is kept exactly when every comparison is true, as the
/// Filters it replaces would keep it, and nodes come in label-scan order. The rest of the pattern's constraint
/// (other labels, a property map) is checked after. With a countSlot (MATCH (n:L) WHERE ... RETURN count(*), planned by
/// StoreCountRewrite) it yields each input row once with the number of matching nodes instead, making no row per node.
/// </summary>
internal sealed class NodeColumnFilterOperator(Operator input, int slot, string label, EntityConstraint constraint, ColumnComparison[] comparisons,
    int countSlot = -1) : Operator
{
    private readonly EntityConstraint unguaranteed = constraint.Without(label);

    public override string Name => countSlot >= 0 ? "NodeCountFromColumnFilter" : "NodeByLabelScanColumnFilter";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);
    public override bool YieldsFreshRows => countSlot < 0;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            var properties = constraint.Prepare(row, context);
            var bounds = new object?[comparisons.Length];
            for (var i = 0; i < bounds.Length; i++) bounds[i] = comparisons[i].Bound(row, context);
            if (countSlot >= 0)
            {
                var counted = Copy(row);
                counted[countSlot] = Count(context, bounds);
                yield return counted;
                continue;
            }
            foreach (var node in Matching(context, bounds))
            {
                context.CheckInterrupt();
                constraint.CountCheck(context, label);
                if (!unguaranteed.Matches(context.Reader, node, properties)) continue;
                var output = Copy(row);
                output[slot] = node;
                yield return output;
            }
        }
    }

    private IEnumerable<NodeEntity> Matching(ExecutionContext context, object?[] bounds)
    {
        var columns = new PropertyColumn?[comparisons.Length];
        for (var i = 0; i < columns.Length; i++)
            if ((columns[i] = PropertyColumns.For(context, label, comparisons[i].Key)) is null) return Scanned(context, bounds);
        return OneKey() && IntegerRange.Of(columns[0]!, comparisons, bounds) is { } range
            ? InRange(context, columns[0]!, range)
            : FromColumns(context, columns!, bounds);
    }

    private long Count(ExecutionContext context, object?[] bounds)
    {
        if (OneKey() && PropertyColumns.For(context, label, comparisons[0].Key) is { } column && IntegerRange.Of(column, comparisons, bounds) is { } range)
        {
            if (range.Low > range.High) return 0;
            long total = 0;
            var found = new int[4096];
            for (var start = 0; start < column.Nodes.Length; start += found.Length)
            {
                context.CheckNow();
                total += Collect(column, range, start, found);
            }
            return total;
        }
        long count = 0;
        foreach (var _ in Matching(context, bounds)) count++;
        return count;
    }

    private bool OneKey() => comparisons.All(comparison => comparison.Key == comparisons[0].Key);

    private IEnumerable<NodeEntity> Scanned(ExecutionContext context, object?[] bounds)
    {
        foreach (var node in context.Reader.NodesWithLabel(label))
        {
            context.CheckInterrupt();
            var holds = true;
            for (var i = 0; i < comparisons.Length && holds; i++)
                holds = comparisons[i].Holds(ValueAccess.Property(context.Reader, node, comparisons[i].Key), bounds[i]);
            if (holds) yield return node;
        }
    }

    private IEnumerable<NodeEntity> FromColumns(ExecutionContext context, PropertyColumn[] columns, object?[] bounds)
    {
        var nodes = columns[0].Nodes;
        for (var n = 0; n < nodes.Length; n++)
        {
            context.CheckInterrupt();
            var holds = true;
            for (var i = 0; i < comparisons.Length && holds; i++)
                holds = comparisons[i].Holds(columns[i].Values[n], bounds[i]);
            if (holds) yield return nodes[n];
        }
    }

    private static IEnumerable<NodeEntity> InRange(ExecutionContext context, PropertyColumn column, IntegerRange range)
    {
        if (range.Low > range.High) yield break;
        var found = new int[4096];
        for (var start = 0; start < column.Nodes.Length; start += found.Length)
        {
            context.CheckNow();
            var count = Collect(column, range, start, found);
            for (var i = 0; i < count; i++) yield return column.Nodes[found[i]];
        }
    }

    /// <summary>
    /// The positions in one block whose integer lies in the range: a plain loop over two arrays, outside the iterator.
    /// Compiled optimized from the first call: a scan runs it a few dozen times, too few for tiered compilation to
    /// reach it before a short series of queries is over.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Collect(PropertyColumn column, IntegerRange range, int start, int[] found)
    {
        var (integers, missing) = (column.Integers!, column.Missing);
        var end = Math.Min(integers.Length, start + found.Length);
        // One unsigned comparison per value: v - Low wraps below zero to a huge number, so it tests both ends at once.
        var width = unchecked((ulong)(range.High - range.Low));
        var count = 0;
        for (var n = start; n < end; n++)
            if (unchecked((ulong)(integers[n] - range.Low)) <= width && (missing is null || !missing[n])) found[count++] = n;
        return count;
    }
}

/// <summary>
/// Comparisons on one all-integer column against integer bounds, folded into one closed range [Low, High]: the
/// fast path of NodeColumnFilterOperator. Null when a bound is not an integer (a float, a string, null), where the
/// general comparison decides.
/// </summary>
internal readonly record struct IntegerRange(long Low, long High)
{
    public static IntegerRange? Of(PropertyColumn column, ColumnComparison[] comparisons, object?[] bounds)
    {
        if (column.Integers is null) return null;
        long low = long.MinValue, high = long.MaxValue;
        for (var i = 0; i < comparisons.Length; i++)
        {
            if (bounds[i] is not long bound) return null;
            switch (comparisons[i].Operator)
            {
                case BinaryComparison.Equal: low = Math.Max(low, bound); high = Math.Min(high, bound); break;
                case BinaryComparison.GreaterThanOrEqual: low = Math.Max(low, bound); break;
                case BinaryComparison.LessThanOrEqual: high = Math.Min(high, bound); break;
                case BinaryComparison.GreaterThan when bound == long.MaxValue: return new IntegerRange(1, 0);
                case BinaryComparison.GreaterThan: low = Math.Max(low, bound + 1); break;
                case BinaryComparison.LessThan when bound == long.MinValue: return new IntegerRange(1, 0);
                case BinaryComparison.LessThan: high = Math.Min(high, bound - 1); break;
            }
        }
        return new IntegerRange(low, high);
    }
}
