using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// Copies run-time values into the public result model while the transaction still holds the graph:
/// nodes, relationships and paths become immutable records, lists and maps read-only copies.
/// </summary>
internal static class ResultMaterializer
{
    public static object? Materialize(object? value) => value switch
    {
        null or bool or long or double or string => value,
        NodeEntity node => ToNode(node),
        RelationshipEntity relationship => ToRelationship(relationship),
        PathValue path => new Path(path.Nodes.Select(ToNode).ToArray(), path.Relationships.Select(ToRelationship).ToArray()),
        int or short or byte or float => CypherTypes.Normalize(value),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IDictionary<string, object?> map => Map(map.AsReadOnly()),
        Values.Temporal.TemporalValue => value,
        _ when CypherTypes.AsList(value) is { } list => list.Select(Materialize).ToArray(),
        _ => value,
    };

    private static IReadOnlyDictionary<string, object?> Map(IReadOnlyDictionary<string, object?> map)
    {
        var copy = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map) copy[key] = Materialize(item);
        return copy;
    }

    private static Node ToNode(NodeEntity node) =>
        new(node.ElementId, node.Labels.ToArray(), Map(node.Properties));

    private static Relationship ToRelationship(RelationshipEntity relationship) =>
        new(relationship.ElementId, relationship.Type, relationship.Start.ElementId, relationship.End.ElementId, Map(relationship.Properties));
}
