using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Tests.Values;

/// <summary>Terse constructors for run-time values in tests.</summary>
internal static class Build
{
    public static List<object?> List(params object?[] items) => [.. items];

    /// <summary>A map from alternating keys and values: Map("a", 1L, "b", null).</summary>
    public static Dictionary<string, object?> Map(params object?[] keysAndValues)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < keysAndValues.Length; i += 2) map[(string)keysAndValues[i]!] = keysAndValues[i + 1];
        return map;
    }

    public static NodeEntity Node(long id, params string[] labels)
    {
        var node = new NodeEntity(id);
        foreach (var label in labels) node.LabelSet.Add(label);
        return node;
    }

    public static RelationshipEntity Relationship(long id, string type, NodeEntity start, NodeEntity end) => new(id, RelationshipTypeNumbers.NumberOf(type), start, end);

    public static PathValue Path(NodeEntity start, params (RelationshipEntity Relationship, NodeEntity Node)[] steps) =>
        new([start, .. steps.Select(s => s.Node)], steps.Select(s => s.Relationship).ToList());
}
