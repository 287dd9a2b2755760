using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Benchmarks;

/// <summary>Undirected shortest-path length by breadth-first search from both ends, always growing the smaller frontier.</summary>
public static class BidirectionalSearch
{
    public static int Distance(IGraphReader reader, NodeEntity from, NodeEntity to, IReadOnlyList<string> types)
    {
        if (from == to) return 0;
        var fromSide = new Dictionary<NodeEntity, int> { [from] = 0 };
        var toSide = new Dictionary<NodeEntity, int> { [to] = 0 };
        var fromFrontier = new List<NodeEntity> { from };
        var toFrontier = new List<NodeEntity> { to };
        while (fromFrontier.Count > 0 && toFrontier.Count > 0)
        {
            var forward = fromFrontier.Count <= toFrontier.Count;
            var (frontier, seen, other) = forward ? (fromFrontier, fromSide, toSide) : (toFrontier, toSide, fromSide);
            var next = new List<NodeEntity>();
            var best = int.MaxValue;
            foreach (var node in frontier)
            {
                var depth = seen[node] + 1;
                foreach (var relationship in reader.Relationships(node, Direction.Both, types))
                {
                    var neighbour = relationship.Other(node);
                    if (other.TryGetValue(neighbour, out var rest)) best = Math.Min(best, depth + rest);
                    if (seen.TryAdd(neighbour, depth)) next.Add(neighbour);
                }
            }
            if (best != int.MaxValue) return best;
            if (forward) fromFrontier = next; else toFrontier = next;
        }
        return -1;
    }
}
