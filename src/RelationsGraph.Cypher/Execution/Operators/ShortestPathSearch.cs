using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Breadth-first search between two bound nodes. shortestPath returns one shortest path;
/// allShortestPaths every path of the shortest length. Relationships of the pattern's types and
/// direction only, at most max hops.
/// </summary>
internal sealed class ShortestPathSearch(Direction direction, string[]? types, int min, int max, bool all)
{
    private static CypherException SameStartAndEnd() => new("Neo4jError", "Neo.DatabaseError.Statement.ExecutionFailed", ErrorPhase.Runtime,
        "shortestPath cannot search between the same start and end node (this often follows a cartesian product that pairs " +
        "a node with itself). Allow a zero-length path with [*0..], filter such rows out first (WHERE a <> b), or use a " +
        "variable-length pattern ordered by length with LIMIT 1.");

    public List<PathValue> Find(ExecutionContext context, NodeEntity from, NodeEntity to)
    {
        var found = new List<PathValue>();
        if (from.Id == to.Id)
        {
            // Neo4j refuses a shortest path between a node and itself (its error, with its advice),
            // except when the pattern allows length 0, whose answer is the node alone.
            if (min != 0) throw SameStartAndEnd();
            found.Add(new PathValue([from], []));
            return found;
        }

        if (!all) return FindOne(context, from, to) is { } path ? [path] : found;

        // parents[node] = the (relationship, previous node) pairs that reach node at its BFS depth.
        var parents = new Dictionary<long, List<(RelationshipEntity Relationship, NodeEntity Previous)>> { [from.Id] = [] };
        var frontier = new List<NodeEntity> { from };
        for (var depth = 1; depth <= max && frontier.Count > 0; depth++)
        {
            var next = new List<NodeEntity>();
            var levelParents = new Dictionary<long, List<(RelationshipEntity, NodeEntity)>>();
            var reached = false;
            foreach (var node in frontier)
            {
                foreach (var relationship in context.Reader.Relationships(node, direction, types))
                {
                    context.CheckInterrupt();
                    var other = context.Reader.OtherNode(relationship, node);
                    if (parents.ContainsKey(other.Id)) continue;
                    if (!levelParents.TryGetValue(other.Id, out var list))
                    {
                        levelParents[other.Id] = list = [];
                        next.Add(other);
                    }
                    else if (!all) continue;
                    list.Add((relationship, node));
                    if (other.Id == to.Id) reached = true;
                }
                if (reached && !all) break;
            }
            foreach (var (id, list) in levelParents) parents[id] = list;
            if (reached)
            {
                Collect(parents, to, [], [], found);
                return found;
            }
            frontier = next;
        }
        return found;
    }

    /// <summary>
    /// One shortest path by bidirectional BFS: each round grows the smaller frontier by a full level,
    /// and the shortest meeting found in that level is the answer (a shorter one would have met earlier).
    /// </summary>
    private PathValue? FindOne(ExecutionContext context, NodeEntity from, NodeEntity to)
    {
        var forward = new Side(from, direction);
        var backward = new Side(to, direction switch { Direction.Outgoing => Direction.Incoming, Direction.Incoming => Direction.Outgoing, _ => Direction.Both });
        for (var length = 0; length < max && forward.Frontier.Count > 0 && backward.Frontier.Count > 0; length++)
        {
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            NodeEntity? meeting = null;
            var best = int.MaxValue;
            var next = new List<NodeEntity>();
            foreach (var node in grow.Frontier)
            {
                foreach (var relationship in context.Reader.Relationships(node, grow.Direction, types))
                {
                    context.CheckInterrupt();
                    var neighbour = context.Reader.OtherNode(relationship, node);
                    if (grow.Parents.ContainsKey(neighbour.Id)) continue;
                    grow.Parents[neighbour.Id] = (relationship, node, grow.Depth + 1);
                    next.Add(neighbour);
                    if (other.Parents.TryGetValue(neighbour.Id, out var met) && grow.Depth + 1 + met.Depth < best)
                    {
                        best = grow.Depth + 1 + met.Depth;
                        meeting = neighbour;
                    }
                }
            }
            grow.Frontier = next;
            grow.Depth++;
            if (meeting is not null) return best <= max && best >= min ? Join(forward, backward, meeting) : null;
        }
        return null;
    }

    private sealed class Side(NodeEntity origin, Direction direction)
    {
        public Direction Direction { get; } = direction;
        public Dictionary<long, (RelationshipEntity? Relationship, NodeEntity? Previous, int Depth)> Parents { get; } = new() { [origin.Id] = (null, null, 0) };
        public List<NodeEntity> Frontier { get; set; } = [origin];
        public int Depth { get; set; }
    }

    private static PathValue Join(Side forward, Side backward, NodeEntity meeting)
    {
        var nodes = new List<NodeEntity>();
        var relationships = new List<RelationshipEntity>();
        for (var node = meeting; ;)
        {
            nodes.Add(node);
            var (relationship, previous, _) = forward.Parents[node.Id];
            if (relationship is null) break;
            relationships.Add(relationship);
            node = previous!;
        }
        nodes.Reverse();
        relationships.Reverse();
        for (var node = meeting; ;)
        {
            var (relationship, next, _) = backward.Parents[node.Id];
            if (relationship is null) break;
            relationships.Add(relationship);
            nodes.Add(next!);
            node = next!;
        }
        return new PathValue(nodes, relationships);
    }

    // Walks parent links back from the target, producing one path per combination (one only unless all).
    private void Collect(Dictionary<long, List<(RelationshipEntity Relationship, NodeEntity Previous)>> parents, NodeEntity node,
        List<NodeEntity> nodesBackwards, List<RelationshipEntity> relationshipsBackwards, List<PathValue> found)
    {
        nodesBackwards.Add(node);
        var links = parents[node.Id];
        if (links.Count == 0)
        {
            var nodes = new List<NodeEntity>(nodesBackwards);
            nodes.Reverse();
            var relationships = new List<RelationshipEntity>(relationshipsBackwards);
            relationships.Reverse();
            found.Add(new PathValue(nodes, relationships));
        }
        else
        {
            foreach (var (relationship, previous) in links)
            {
                relationshipsBackwards.Add(relationship);
                Collect(parents, previous, nodesBackwards, relationshipsBackwards, found);
                relationshipsBackwards.RemoveAt(relationshipsBackwards.Count - 1);
                if (!all && found.Count > 0) break;
            }
        }
        nodesBackwards.RemoveAt(nodesBackwards.Count - 1);
    }
}

/// <summary>MATCH p = shortestPath((a)-[*]-(b)) with a and b bound: one row per path found.</summary>
internal sealed class ShortestPathOperator(Operator input, int fromSlot, int toSlot, int pathSlot, int relationshipListSlot, ShortestPathSearch search) : Operator
{
    public override string Name => "ShortestPath";
    public override IReadOnlyList<Operator> Inputs => PlanInputs.Of(input);

    protected override IEnumerable<object?[]> Execute(ExecutionContext context, object?[] argument)
    {
        foreach (var row in input.Run(context, argument))
        {
            if (PatternValues.AsNode(row[fromSlot]) is not { } from || PatternValues.AsNode(row[toSlot]) is not { } to) continue;
            foreach (var path in search.Find(context, from, to))
            {
                var output = Copy(row);
                output[pathSlot] = path;
                if (relationshipListSlot >= 0) output[relationshipListSlot] = path.Relationships.Cast<object?>().ToList();
                yield return output;
            }
        }
    }
}
