using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>Functions over nodes, relationships and paths: id, labels, type, properties, keys, nodes, ...</summary>
internal static class GraphFunctions
{
    public static IEnumerable<CypherFunction> All() =>
    [
        CypherFunction.NullSafeUnary("id", value => value switch
        {
            NodeEntity node => node.Id,
            RelationshipEntity rel => rel.Id,
            _ => throw CypherErrors.FunctionArgument("id", value, "a Node or Relationship"),
        }),
        CypherFunction.NullSafeUnary("elementId", value => value switch
        {
            NodeEntity node => node.ElementId,
            RelationshipEntity rel => rel.ElementId,
            _ => throw CypherErrors.FunctionArgument("elementId", value, "a Node or Relationship"),
        }),
        CypherFunction.NullSafeUnaryReading("labels", (value, reader) => value is NodeEntity node
            ? Reading(reader, "labels").LabelsOf(node).Cast<object?>().ToList()
            : throw CypherErrors.FunctionArgument("labels", value, "a Node")),
        CypherFunction.NullSafeUnary("type", value => value is RelationshipEntity rel
            ? rel.Type
            : throw CypherErrors.FunctionArgument("type", value, "a Relationship")),
        CypherFunction.NullSafeUnaryReading("properties", Properties),
        CypherFunction.NullSafeUnaryReading("keys", Keys),
        CypherFunction.NullSafeUnary("nodes", value => Path("nodes", value).Nodes.Cast<object?>().ToList()),
        CypherFunction.NullSafeUnary("relationships", value => Path("relationships", value).Relationships.Cast<object?>().ToList()),
        CypherFunction.NullSafeUnary("length", value => (long)Path("length", value).Length),
        CypherFunction.NullSafeUnaryReading("startNode", (value, reader) => Reading(reader, "startNode").StartOf(Relationship("startNode", value))),
        CypherFunction.NullSafeUnaryReading("endNode", (value, reader) => Reading(reader, "endNode").EndOf(Relationship("endNode", value))),
    ];

    /// <summary>A fresh map copy, so later writes to the entity do not show through the returned value.</summary>
    private static object Properties(object value, IGraphReader? reader) => value switch
    {
        NodeEntity node => new Dictionary<string, object?>(Reading(reader, "properties").PropertiesOf(node), StringComparer.Ordinal),
        RelationshipEntity rel => new Dictionary<string, object?>(Reading(reader, "properties").PropertiesOf(rel), StringComparer.Ordinal),
        _ when CypherTypes.AsMap(value) is { } map => new Dictionary<string, object?>(map, StringComparer.Ordinal),
        _ => throw CypherErrors.FunctionArgument("properties", value, "a Node, Relationship or Map"),
    };

    /// <summary>Property keys of an entity, or all keys of a map (including those mapped to null).</summary>
    private static object Keys(object value, IGraphReader? reader) => value switch
    {
        NodeEntity node => Reading(reader, "keys").PropertiesOf(node).Keys.Cast<object?>().ToList(),
        RelationshipEntity rel => Reading(reader, "keys").PropertiesOf(rel).Keys.Cast<object?>().ToList(),
        _ when CypherTypes.AsMap(value) is { } map => map.Keys.Cast<object?>().ToList(),
        _ => throw CypherErrors.FunctionArgument("keys", value, "a Node, Relationship or Map"),
    };

    // An entity is a handle: what it holds comes from the statement's reader, which every call from a query passes.
    private static IGraphReader Reading(IGraphReader? reader, string function) =>
        reader ?? throw new InvalidOperationException($"{function}() reads the graph and was called without a reader.");

    private static PathValue Path(string function, object value) =>
        value as PathValue ?? throw CypherErrors.FunctionArgument(function, value, "a Path");

    private static RelationshipEntity Relationship(string function, object value) =>
        value as RelationshipEntity ?? throw CypherErrors.FunctionArgument(function, value, "a Relationship");
}
