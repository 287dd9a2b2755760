using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// How many relationships of the given types a node has in one direction, read from the store's
/// per-node degree (IGraphReader.Degree) rather than by walking them: Neo4j's GetDegree. Distinct
/// types are summed; no types means any type.
/// </summary>
internal sealed class DegreeLookup(Direction direction, string[]? types)
{
    public Direction Direction { get; } = direction;
    public IReadOnlyList<string>? Types { get; } = types;

    public long Count(ExecutionContext context, NodeEntity node)
    {
        if (types is null) return context.Reader.Degree(node, direction);
        long total = 0;
        foreach (var type in types.Distinct(StringComparer.Ordinal)) total += context.Reader.Degree(node, direction, type);
        return total;
    }
}
