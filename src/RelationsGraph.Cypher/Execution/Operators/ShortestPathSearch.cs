using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// shortestPath and allShortestPaths between two bound nodes, as Neo4j answers them: one shortest path, or every path of
/// the shortest length, along relationships of the pattern's types and direction, at most max hops and none when the
/// shortest is below min. The search itself is the store's (<see cref="ShortestPaths"/>, a bidirectional walk by ids).
/// </summary>
internal sealed class ShortestPathSearch(Direction direction, string[]? types, int min, int max, bool all)
{
    private static CypherException SameStartAndEnd() => new("Neo4jError", "Neo.DatabaseError.Statement.ExecutionFailed", ErrorPhase.Runtime,
        "shortestPath cannot search between the same start and end node (this often follows a cartesian product that pairs " +
        "a node with itself). Allow a zero-length path with [*0..], filter such rows out first (WHERE a <> b), or use a " +
        "variable-length pattern ordered by length with LIMIT 1.");

    public List<PathValue> Find(ExecutionContext context, NodeEntity from, NodeEntity to)
    {
        if (from.Id == to.Id)
        {
            // Neo4j refuses a shortest path between a node and itself (its error, with its advice),
            // except when the pattern allows length 0, whose answer is the node alone.
            if (min != 0) throw SameStartAndEnd();
            return [new PathValue([from], [])];
        }
        var found = ShortestPaths.Find(context.Reader, from, to, direction, types, max, all, context.CheckInterrupt);
        // Every path found has the shortest length: when that is below the pattern's minimum, none matches it.
        return found.Count > 0 && found[0].Length < min ? [] : found;
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
