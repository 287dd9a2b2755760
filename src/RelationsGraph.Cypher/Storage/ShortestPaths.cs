using RelationsGraph.Cypher.Storage.Paths;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Shortest paths between two nodes by breadth-first search from both ends, always growing the smaller frontier by a
/// whole level: with degree d and distance k it touches about 2·d^(k/2) nodes instead of d^k. The search walks ids,
/// not entities (see <see cref="IPathGraph"/>): on the store it reads the adjacency arrays and relationship columns
/// directly and keeps its reached nodes in pooled bitmaps, and only the nodes and relationships of the paths it
/// returns become objects.
/// </summary>
public static class ShortestPaths
{
    /// <summary>
    /// One shortest path (or, with all, every path of the shortest length) from → to, following relationships
    /// of the given types (any when null/empty) in direction as seen from `from`, at most maxHops long, as the reader
    /// sees the graph (a reader's snapshot, or a writer's newest state). from == to gives the single zero-length path.
    /// checkInterrupt runs per node expanded.
    /// </summary>
    public static List<PathValue> Find(IGraphReader reader, NodeEntity from, NodeEntity to, Direction direction,
        IReadOnlyList<string>? types, int maxHops, bool all, Action? checkInterrupt = null)
    {
        if (from.Id == to.Id) return [new PathValue([from], [])];
        var graph = reader is GraphView view ? view.PathGraph() : new ReaderPathGraph(reader);
        if (!graph.StartsFrom(from) || !graph.StartsFrom(to)) return [];
        var scratch = SearchScratch.Rent();
        try
        {
            return Search(graph, scratch, (int)from.Id, (int)to.Id, direction, DistinctTypes(types), maxHops, all, checkInterrupt);
        }
        finally
        {
            scratch.Return();
        }
    }

    private static List<PathValue> Search(IPathGraph graph, SearchScratch scratch, int from, int to, Direction direction,
        string[]? types, int maxHops, bool all, Action? checkInterrupt)
    {
        var (forward, backward) = (scratch.Forward, scratch.Backward);
        forward.Start(from, direction, graph.NodeIdBound);
        backward.Start(to, Reverse(direction), graph.NodeIdBound);
        var meetings = scratch.Meetings;
        while (forward.FrontierSize > 0 && backward.FrontierSize > 0 && forward.Depth + backward.Depth < maxHops)
        {
            var (grown, other) = forward.FrontierSize <= backward.FrontierSize ? (forward, backward) : (backward, forward);
            grown.Grow(graph, types, all, other, scratch.Links, meetings, checkInterrupt);
            // The first level that meets gives the shortest length, and every meeting in it lies on a path of that
            // length: a node reached by both sides at depths adding up to less would have met in an earlier level.
            if (meetings.Count > 0) return Assemble(graph, forward, backward, meetings, all);
        }
        return [];
    }

    /// <summary>The paths through each meeting node: every chain from `from` to it joined to every chain from it to `to` (the first only unless all).</summary>
    private static List<PathValue> Assemble(IPathGraph graph, SearchSide forward, SearchSide backward, List<int> meetings, bool all)
    {
        var found = new List<PathValue>();
        var nodes = new Dictionary<int, NodeEntity>();
        var relationships = new Dictionary<int, RelationshipEntity>();
        NodeEntity Node(int id) => nodes.TryGetValue(id, out var node) ? node : nodes[id] = graph.Node(id);
        RelationshipEntity Relationship(int id) => relationships.TryGetValue(id, out var relationship) ? relationship : relationships[id] = graph.Relationship(id);

        foreach (var meeting in meetings)
            foreach (var (prefixNodes, prefixRelationships) in forward.ChainsTo(meeting, forward.Depth, all))
                foreach (var (suffixNodes, suffixRelationships) in backward.ChainsTo(meeting, backward.Depth, all))
                {
                    // The backward chain runs to → meeting; reversed, it continues the prefix from the meeting to `to`.
                    var pathNodes = new List<NodeEntity>(prefixNodes.Count + suffixNodes.Count - 1);
                    foreach (var id in prefixNodes) pathNodes.Add(Node(id));
                    for (var i = suffixNodes.Count - 2; i >= 0; i--) pathNodes.Add(Node(suffixNodes[i]));
                    var pathRelationships = new List<RelationshipEntity>(pathNodes.Count - 1);
                    foreach (var id in prefixRelationships) pathRelationships.Add(Relationship(id));
                    for (var i = suffixRelationships.Count - 1; i >= 0; i--) pathRelationships.Add(Relationship(suffixRelationships[i]));
                    found.Add(new PathValue(pathNodes, pathRelationships));
                    if (!all) return found;
                }
        return found;
    }

    /// <summary>The types to follow once each, in the order given (null: any type).</summary>
    private static string[]? DistinctTypes(IReadOnlyList<string>? types) =>
        types is null || types.Count == 0 ? null : types.Distinct(StringComparer.Ordinal).ToArray();

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };
}
