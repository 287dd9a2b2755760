using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// MATCH (n)-[:T]->() RETURN n, count(*): each node's count is its stored degree, so no relationship
/// is walked (unless the far end's labels exclude some nodes: see DegreeLookup). A node with no such
/// relationship has no match, so it yields no row, as grouping would.
/// </summary>
/// <param name="scannedLabel">Set when the input scans a label (ScannedAll when it scans every node): a scan over most of the
/// graph counts self-loops in one pass (DegreeLookup.SelfLoopsByNode) instead of once per node.</param>
internal sealed class NodeDegreeCountOperator(Operator input, int nodeSlot, DegreeLookup degree, int countSlot, string? scannedLabel = null) : Operator
{
    public override string Name => "GetDegree";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    public DegreeLookup Degree { get; } = degree;
    /// <summary>The slot each row's count is in.</summary>
    public int CountSlot => countSlot;
    // Each row is the input's fresh row or a copy of it.
    public override bool YieldsFreshRows => true;

    /// <summary>The slot each row's node is in.</summary>
    public int NodeSlot => nodeSlot;

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        var counter = CounterFor(context);
        foreach (var row in input.Run(context, argument))
        {
            context.CheckInterrupt();
            if (row[nodeSlot] is not NodeEntity node) continue;
            var count = counter(node);
            if (count == 0) continue;
            var output = input.YieldsFreshRows ? row : Copy(row);
            output[countSlot] = BoxedCounts.Of(count);
            yield return output;
        }
    }

    /// <summary>
    /// The scanned nodes with their counts (0 left out), without a row per node, for a consumer that keeps few of them
    /// (DegreeTopOperator); null when the input is not a scan of the argument row, or under PROFILE (which counts the
    /// scan's rows): then the consumer takes rows from Run.
    /// </summary>
    public IEnumerable<(NodeEntity Node, object Count)>? ScannedCounts(ExecutionContext context, object?[] argument) =>
        context.Profiler is null && input is NodeScanOperator { ScansArgumentRow: true } scan ? ScannedCounts(scan, context, argument) : null;

    /// <summary>
    /// The scanned nodes' ids with their counts (0 left out) from the store's degree scan (IGraphReader.ScanDegrees), which
    /// makes no node object, for DegreeTopOperator; null where ScannedCounts is, when the scan checks more than its label,
    /// or when the counts cannot come from stored degrees alone (far labels that exclude nodes, self-loops without a count per node).
    /// </summary>
    public IEnumerable<(long Id, long Count)>? ScannedDegrees(ExecutionContext context, object?[] argument)
    {
        if (context.Profiler is not null || input is not NodeScanOperator { ScansArgumentRow: true, ChecksOnlyLabel: true } scan) return null;
        if (!Degree.FarLabelsHoldEverywhere(context.Reader)) return null;
        Dictionary<long, int>? selfLoops = null;
        if (Degree.Direction == Direction.Both)
        {
            selfLoops = !Degree.AnySelfLoops(context.Reader) ? DegreeLookup.NoSelfLoops : ScansMostNodes(context.Reader) ? Degree.SelfLoopsByNode(context) : null;
            if (selfLoops is null) return null;
        }
        return ScannedDegrees(scan.Label, selfLoops, context);
    }

    private IEnumerable<(long Id, long Count)> ScannedDegrees(string? label, Dictionary<long, int>? selfLoops, ExecutionContext context)
    {
        var seen = 0;
        foreach (var (id, outgoing, incoming) in context.Reader.ScanDegrees(label, Degree.Types))
        {
            if ((++seen & 1023) == 0) context.CheckInterrupt();
            // Both ways: a self-loop is in both lists and counts once.
            long count = Degree.Direction switch
            {
                Direction.Outgoing => outgoing,
                Direction.Incoming => incoming,
                _ => outgoing + incoming - (selfLoops!.Count == 0 ? 0 : selfLoops.GetValueOrDefault(id)),
            };
            if (count != 0) yield return (id, count);
        }
    }

    private IEnumerable<(NodeEntity Node, object Count)> ScannedCounts(NodeScanOperator scan, ExecutionContext context, object?[] argument)
    {
        var counter = CounterFor(context);
        foreach (var node in scan.NodesFor(context, argument))
        {
            var count = counter(node);
            if (count != 0) yield return (node, BoxedCounts.Of(count));
        }
    }

    // Each node's count in this run's view: whether the far labels hold and whether there are self-loops is asked once.
    private Func<NodeEntity, long> CounterFor(ExecutionContext context)
    {
        var farLabelsHold = Degree.FarLabelsHoldEverywhere(context.Reader);
        var undirected = farLabelsHold && Degree.Direction == Direction.Both;
        // Without self-loops of the types (the store counts them) the undirected degree is outgoing + incoming: nothing to subtract.
        var selfLoops = !undirected ? null
            : !Degree.AnySelfLoops(context.Reader) ? DegreeLookup.NoSelfLoops
            : ScansMostNodes(context.Reader) ? Degree.SelfLoopsByNode(context) : null;
        return selfLoops is null ? node => Degree.Count(context, node, farLabelsHold) : node => Degree.CountBothWays(context, node, selfLoops);
    }

    /// <summary>Boxes counts, the small ones (most degrees) from a shared table, so a row per node does not box one each.</summary>
    internal static class BoxedCounts
    {
        private static readonly object[] small = Enumerable.Range(0, 1024).Select(n => (object)(long)n).ToArray();

        public static object Of(long count) => count is >= 0 and < 1024 ? small[count] : count;
    }

    /// <summary>The label for a scan of every node: each node is counted.</summary>
    public const string ScannedAll = "";

    private bool ScansMostNodes(IGraphReader reader) => scannedLabel is not null
        && (scannedLabel == ScannedAll || 2 * reader.CountNodesWithLabel(scannedLabel) >= reader.NodeCount);
}
