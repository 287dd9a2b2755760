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
    public List<PathValue> Find(ExecutionContext context, NodeEntity from, NodeEntity to)
    {
        var found = new List<PathValue>();
        if (from.Id == to.Id)
        {
            if (min == 0) found.Add(new PathValue([from], []));
            return found;
        }

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
                    var other = relationship.Other(node);
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
    public override IEnumerable<object?[]> Run(ExecutionContext context, object?[] argument)
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
