using System.Runtime.InteropServices;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// How many relationships of the given types a node has in one direction, read from the store's
/// per-node degree (IGraphReader.Degree) rather than by walking them: Neo4j's GetDegree. Distinct
/// types are summed; no types means any type. Far labels ((n)-[:T]-(:Person)) count only the
/// relationships whose other end carries them: when every node of the view carries them they
/// filter nothing and the stored degree is still exact, else the relationships are walked and checked.
/// </summary>
internal sealed class DegreeLookup(Direction direction, string[]? types, string[]? farLabels = null)
{
    private readonly string[] farLabels = farLabels ?? [];

    public Direction Direction { get; } = direction;
    public IReadOnlyList<string>? Types { get; } = types;
    public IReadOnlyList<string> FarLabels => farLabels;

    /// <summary>True when the far labels exclude no node in this view (a label count equal to the node count), so degrees are exact.</summary>
    public bool FarLabelsHoldEverywhere(IGraphReader reader)
    {
        if (farLabels.Length == 0) return true;
        var nodes = reader.NodeCount;
        foreach (var label in farLabels)
            if (reader.CountNodesWithLabel(label) != nodes) return false;
        return true;
    }

    /// <param name="farLabelsHold">What FarLabelsHoldEverywhere said for this reader, asked once per run rather than per node.</param>
    public long Count(ExecutionContext context, NodeEntity node, bool farLabelsHold = true)
    {
        if (!farLabelsHold) return CountByWalking(context, node);
        if (types is null) return context.Reader.Degree(node, Direction);
        if (types.Length == 1) return context.Reader.Degree(node, Direction, types[0]);
        long total = 0;
        foreach (var type in types.Distinct(StringComparer.Ordinal)) total += context.Reader.Degree(node, Direction, type);
        return total;
    }

    /// <summary>Whether the view holds any self-loop of the lookup's types (from the store's counts).</summary>
    public bool AnySelfLoops(IGraphReader reader)
    {
        if (types is null) return reader.CountSelfLoops(null) > 0;
        foreach (var type in types)
            if (reader.CountSelfLoops(type) > 0) return true;
        return false;
    }

    /// <summary>What SelfLoopsByNode gives when the store counts no self-loop of the types (read-only: never add to it).</summary>
    public static readonly Dictionary<long, int> NoSelfLoops = [];

    /// <summary>
    /// Self-loops of the lookup's types per node id, from one pass over every relationship. The store's undirected
    /// degree is outgoing + incoming - self-loops, and finds a node's self-loops by walking its list: for a scan over
    /// most nodes, one sequential pass over the relationships is far cheaper than a walk per node.
    /// </summary>
    public Dictionary<long, int> SelfLoopsByNode(ExecutionContext context)
    {
        var loops = new Dictionary<long, int>();
        var reader = context.Reader;
        foreach (var relationship in reader.AllRelationships())
        {
            context.CheckInterrupt();
            var start = reader.StartOf(relationship);
            if (start.Id != reader.EndOf(relationship).Id) continue;
            if (types is not null && Array.IndexOf(types, relationship.Type) < 0) continue;
            CollectionsMarshal.GetValueRefOrAddDefault(loops, start.Id, out _)++;
        }
        return loops;
    }

    /// <summary>The undirected count as outgoing + incoming less the node's self-loops (from SelfLoopsByNode).</summary>
    public long CountBothWays(ExecutionContext context, NodeEntity node, Dictionary<long, int> selfLoops)
    {
        long total = -selfLoops.GetValueOrDefault(node.Id);
        if (types is null) return total + context.Reader.Degree(node, Direction.Outgoing) + context.Reader.Degree(node, Direction.Incoming);
        if (types.Length == 1) return total + context.Reader.Degree(node, Direction.Outgoing, types[0]) + context.Reader.Degree(node, Direction.Incoming, types[0]);
        foreach (var type in types.Distinct(StringComparer.Ordinal))
            total += context.Reader.Degree(node, Direction.Outgoing, type) + context.Reader.Degree(node, Direction.Incoming, type);
        return total;
    }

    private long CountByWalking(ExecutionContext context, NodeEntity node)
    {
        long total = 0;
        foreach (var relationship in context.Reader.Relationships(node, Direction, types))
        {
            context.CheckInterrupt();
            var labels = context.Reader.LabelsOf(context.Reader.OtherNode(relationship, node));
            var carriesAll = true;
            foreach (var label in farLabels)
                if (!labels.Contains(label)) { carriesAll = false; break; }
            if (carriesAll) total++;
        }
        return total;
    }
}
