using System.Runtime.InteropServices;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Shortest paths between two nodes by breadth-first search from both ends, always growing the smaller
/// frontier: with degree d and distance k it touches about 2·d^(k/2) nodes instead of d^k, which is what
/// keeps shortestPath in milliseconds on a million-relationship graph.
/// </summary>
public static class ShortestPaths
{
    /// <summary>
    /// One shortest path (or, with all, every path of the shortest length) from → to, following relationships
    /// of the given types (any when null/empty) in direction as seen from `from`, at most maxHops long.
    /// from == to gives the single zero-length path. checkInterrupt runs per relationship looked at.
    /// </summary>
    public static List<PathValue> Find(IGraphReader reader, NodeEntity from, NodeEntity to, Direction direction,
        IReadOnlyList<string>? types, int maxHops, bool all, Action? checkInterrupt = null)
    {
        if (ReferenceEquals(from, to)) return [new PathValue([from], [])];
        var forward = new Side(from, direction);
        var backward = new Side(to, Reverse(direction));
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxHops)
        {
            var (grown, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var meetings = grown.Expand(reader, types, all, other, checkInterrupt);
            if (meetings.Count == 0) continue;
            var shortest = meetings.Min(m => other.DepthOf(m));
            var found = new List<PathValue>();
            foreach (var meeting in meetings.Where(m => other.DepthOf(m) == shortest))
            {
                foreach (var (prefixNodes, prefixRelationships) in forward.ChainsFromRoot(meeting, all))
                    foreach (var (suffixNodes, suffixRelationships) in backward.ChainsFromRoot(meeting, all))
                    {
                        // The backward chain runs to → meeting; reversed, it continues the prefix from meeting to `to`.
                        var nodes = prefixNodes.Concat(Enumerable.Reverse(suffixNodes).Skip(1)).ToList();
                        var relationships = prefixRelationships.Concat(Enumerable.Reverse(suffixRelationships)).ToList();
                        found.Add(new PathValue(nodes, relationships));
                        if (!all) return found;
                    }
            }
            return found;
        }
        return [];
    }

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };

    /// <summary>One end's search: every node reached so far, its depth and the links that reached it at that depth.</summary>
    private sealed class Side(NodeEntity root, Direction direction)
    {
        private readonly Dictionary<NodeEntity, Reach> reached = new() { [root] = default };

        public List<NodeEntity> Frontier { get; private set; } = [root];
        public int Depth { get; private set; }

        public bool Contains(NodeEntity node) => reached.ContainsKey(node);

        public int DepthOf(NodeEntity node) => reached[node].Depth;

        /// <summary>Grows the search by one whole level (a partial level could miss equally short paths); returns the new nodes the other side already reached.</summary>
        public List<NodeEntity> Expand(IGraphReader reader, IReadOnlyList<string>? types, bool all, Side other, Action? checkInterrupt)
        {
            var depth = Depth + 1;
            var next = new List<NodeEntity>();
            var meetings = new List<NodeEntity>();
            foreach (var node in Frontier)
                foreach (var relationship in reader.Relationships(node, direction, types))
                {
                    checkInterrupt?.Invoke();
                    var neighbour = relationship.Other(node);
                    ref var reach = ref CollectionsMarshal.GetValueRefOrAddDefault(reached, neighbour, out var known);
                    if (!known)
                    {
                        reach = new Reach(depth, relationship, node);
                        next.Add(neighbour);
                        if (other.Contains(neighbour)) meetings.Add(neighbour);
                    }
                    else if (all && reach.Depth == depth)
                    {
                        (reach.MoreLinks ??= []).Add((relationship, node));
                    }
                }
            Depth = depth;
            Frontier = next;
            return meetings;
        }

        /// <summary>The chains root → … → node through the recorded links (just the first unless all).</summary>
        public IEnumerable<(List<NodeEntity> Nodes, List<RelationshipEntity> Relationships)> ChainsFromRoot(NodeEntity node, bool all)
        {
            var reach = reached[node];
            if (reach.Relationship is null)
            {
                yield return ([node], []);
                yield break;
            }
            IEnumerable<(RelationshipEntity, NodeEntity)> links = [(reach.Relationship, reach.Previous!)];
            if (all && reach.MoreLinks is not null) links = links.Concat(reach.MoreLinks);
            foreach (var (relationship, previous) in links)
                foreach (var (nodes, relationships) in ChainsFromRoot(previous, all))
                    yield return ([.. nodes, node], [.. relationships, relationship]);
        }
    }

    /// <summary>How a node was first reached; MoreLinks holds further equally short links (only searched for with all).</summary>
    private record struct Reach(int Depth, RelationshipEntity? Relationship, NodeEntity? Previous)
    {
        public List<(RelationshipEntity, NodeEntity)>? MoreLinks;
    }
}
