using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// One property of every node with a label, as a committed snapshot holds them, laid out as arrays in scan order
/// (a column, as column stores keep properties): filtering on it reads two arrays instead of chasing each node's
/// records. Values are what n.key reads (null when absent); Integers is set when every present value is an integer,
/// with Missing marking the nodes without one (null when every node has one).
/// </summary>
internal sealed class PropertyColumn(NodeEntity[] nodes, object?[] values, long[]? integers, bool[]? missing)
{
    public NodeEntity[] Nodes { get; } = nodes;
    public object?[] Values { get; } = values;
    public long[]? Integers { get; } = integers;
    public bool[]? Missing { get; } = missing;

    public static PropertyColumn Read(ExecutionContext context, string label, string key)
    {
        var nodes = new List<NodeEntity>();
        var values = new List<object?>();
        var allIntegers = true;
        foreach (var node in context.Reader.NodesWithLabel(label))
        {
            context.CheckInterrupt();
            var value = ValueAccess.Property(context.Reader, node, key);
            allIntegers &= value is null or long;
            nodes.Add(node);
            values.Add(value);
        }
        long[]? integers = null;
        bool[]? missing = null;
        if (allIntegers)
        {
            integers = new long[values.Count];
            for (var i = 0; i < integers.Length; i++)
            {
                if (values[i] is long l) integers[i] = l;
                else (missing ??= new bool[integers.Length])[i] = true;
            }
        }
        return new PropertyColumn(nodes.ToArray(), values.ToArray(), integers, missing);
    }
}

/// <summary>
/// Columns cached per committed snapshot (IGraphReader.SnapshotIdentity): built by the first query that filters on
/// them, shared by every later reader of the same commit, dropped with the snapshot (a weak table keyed by it).
/// A view without an identity (the writer, whose state moves under it) gets no column: the caller scans.
/// A label holding more nodes than MaxNodes is not cached, so a column never costs more memory than a bounded share.
/// </summary>
internal static class PropertyColumns
{
    public const long MaxNodes = 4_000_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Label, string Key), Lazy<PropertyColumn>>> bySnapshot = new();

    public static PropertyColumn? For(ExecutionContext context, string label, string key)
    {
        if (context.Reader.SnapshotIdentity is not { } snapshot) return null;
        if (context.Reader.CountNodesWithLabel(label) > MaxNodes) return null;
        var columns = bySnapshot.GetValue(snapshot, _ => new());
        // PublicationOnly: concurrent first readers each build and one result is kept, and a build cut short by one
        // query's timeout is neither cached nor seen by another query.
        return columns.GetOrAdd((label, key), _ => new Lazy<PropertyColumn>(() => PropertyColumn.Read(context, label, key),
            LazyThreadSafetyMode.PublicationOnly)).Value;
    }
}
