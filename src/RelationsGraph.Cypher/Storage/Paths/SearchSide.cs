namespace RelationsGraph.Cypher.Storage.Paths;

/// <summary>
/// One end of a bidirectional shortest-path search, in ids: every node reached, level by level, with the link that
/// first reached it (relationship and previous node), in flat arrays; with all, the further equally short links apart.
/// Reached holds the nodes of finished levels (the other side's meeting test and this side's skip); the level being
/// grown is kept in a set of its own until it is finished, so a second link to one of its nodes is told from a link
/// back to an older level. Pooled (see SearchScratch): Clear leaves it empty by undoing only what it touched.
/// </summary>
internal sealed class SearchSide
{
    // Entry i: nodes[i] was first reached through relationships[i] from previous[i] (-1 for the root, entry 0).
    private int[] nodes = new int[256];
    private int[] relationships = new int[256];
    private int[] previous = new int[256];
    private int count;
    // levelStarts[d]: the first entry at depth d; the frontier is the deepest level, levelStarts[^1] up to count.
    private readonly List<int> levelStarts = [];
    private readonly NodeIdSet growing = new();
    // Further links at the depth of their node (only searched for with all), and an index of them made for assembly.
    private readonly PathLinks moreLinks = new();
    private readonly List<int> moreLinkNodes = [];
    private Dictionary<int, List<int>>? moreLinksByNode;

    public NodeIdSet Reached { get; } = new();
    public Direction Direction { get; private set; }
    public int Depth => levelStarts.Count - 1;
    public int FrontierSize => count - levelStarts[^1];

    public void Start(int root, Direction direction, long nodeIdBound)
    {
        Direction = direction;
        Reached.Reserve(nodeIdBound);
        growing.Reserve(nodeIdBound);
        levelStarts.Add(0);
        Append(root, -1, -1);
        Reached.Add(root);
    }

    /// <summary>
    /// Grows the search by one whole level (a partial level could miss equally short links), adding to meetings the new
    /// nodes the other side has reached; without all it stops at the first, which is then on a shortest path.
    /// </summary>
    public void Grow(IPathGraph graph, string[]? types, bool all, SearchSide other, PathLinks links, List<int> meetings, Action? checkInterrupt)
    {
        var (frontierStart, frontierEnd) = (levelStarts[^1], count);
        levelStarts.Add(count);
        for (var i = frontierStart; i < frontierEnd; i++)
        {
            checkInterrupt?.Invoke();
            var node = nodes[i];
            links.Clear();
            graph.Expand(node, Direction, types, Reached, links);
            for (var k = 0; k < links.Count; k++)
            {
                var next = links.OtherAt(k);
                if (growing.Contains(next))
                {
                    if (all) AddMoreLink(next, links.RelationshipAt(k), node);
                    continue;
                }
                growing.Add(next);
                Append(next, links.RelationshipAt(k), node);
                if (other.Reached.Contains(next))
                {
                    meetings.Add(next);
                    if (!all) goto finished;
                }
            }
        }
    finished:
        for (var i = levelStarts[^1]; i < count; i++)
        {
            Reached.Add(nodes[i]);
            growing.Remove(nodes[i]);
        }
    }

    /// <summary>
    /// The chains of ids root → … → node, node at depth (just the first unless all): nodes from the root, and the
    /// relationships between them.
    /// </summary>
    public IEnumerable<(List<int> Nodes, List<int> Relationships)> ChainsTo(int node, int depth, bool all)
    {
        if (depth == 0)
        {
            yield return ([node], []);
            yield break;
        }
        var entry = Array.IndexOf(nodes, node, levelStarts[depth], LevelEnd(depth) - levelStarts[depth]);
        foreach (var (relationship, from) in LinksOf(entry, all))
            foreach (var (chainNodes, chainRelationships) in ChainsTo(from, depth - 1, all))
            {
                chainNodes.Add(node);
                chainRelationships.Add(relationship);
                yield return (chainNodes, chainRelationships);
            }
    }

    /// <summary>Empties the side for the next search, undoing only what this one set.</summary>
    public void Clear()
    {
        for (var i = 0; i < count; i++)
        {
            Reached.Remove(nodes[i]);
            growing.Remove(nodes[i]);
        }
        count = 0;
        levelStarts.Clear();
        moreLinks.Clear();
        moreLinkNodes.Clear();
        moreLinksByNode = null;
    }

    private int LevelEnd(int depth) => depth + 1 < levelStarts.Count ? levelStarts[depth + 1] : count;

    private IEnumerable<(int Relationship, int From)> LinksOf(int entry, bool all)
    {
        yield return (relationships[entry], previous[entry]);
        if (!all || moreLinkNodes.Count == 0) yield break;
        if (moreLinksByNode is null)
        {
            moreLinksByNode = [];
            for (var k = 0; k < moreLinkNodes.Count; k++)
            {
                if (!moreLinksByNode.TryGetValue(moreLinkNodes[k], out var list)) moreLinksByNode[moreLinkNodes[k]] = list = [];
                list.Add(k);
            }
        }
        if (!moreLinksByNode.TryGetValue(nodes[entry], out var more)) yield break;
        foreach (var k in more) yield return (moreLinks.RelationshipAt(k), moreLinks.OtherAt(k));
    }

    private void AddMoreLink(int node, int relationship, int from)
    {
        moreLinks.Add(relationship, from);
        moreLinkNodes.Add(node);
    }

    private void Append(int node, int relationship, int from)
    {
        if (count == nodes.Length)
        {
            Array.Resize(ref nodes, count * 2);
            Array.Resize(ref relationships, count * 2);
            Array.Resize(ref previous, count * 2);
        }
        nodes[count] = node;
        relationships[count] = relationship;
        previous[count] = from;
        count++;
    }
}
