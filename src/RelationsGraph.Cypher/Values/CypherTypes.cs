using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Values;

/// <summary>Names and classifies run-time values by their Cypher type.</summary>
public static class CypherTypes
{
    /// <summary>
    /// The Cypher type name of a run-time value: "Null", "Boolean", "Integer", "Float", "String", "List",
    /// "Map", "Node", "Relationship", "Path", or a temporal Kind ("Date", "DateTime", "Duration", ...).
    /// </summary>
    public static string NameOf(object? value) => value switch
    {
        null => "Null",
        bool => "Boolean",
        long or int or short or sbyte or byte => "Integer",
        double or float => "Float",
        string => "String",
        NodeEntity => "Node",
        RelationshipEntity => "Relationship",
        PathValue => "Path",
        TemporalValue temporal => temporal.Kind,
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> => "Map",
        System.Collections.IList => "List",
        IReadOnlyList<object?> => "List",
        _ => value.GetType().Name,
    };

    public static bool IsNumber(object? value) => value is long or double or int or float;

    public static bool IsList(object? value) => AsList(value) is not null;

    public static bool IsMap(object? value) => AsMap(value) is not null;

    /// <summary>The value as a list, or null when it is not one (string is not a list).</summary>
    public static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        IReadOnlyList<object?> list => list,
        string => null,
        System.Collections.IList list => list.Cast<object?>().ToList(),
        _ => null,
    };

    /// <summary>The value as a map, or null when it is not one. Nodes and relationships are not maps.</summary>
    public static IReadOnlyDictionary<string, object?>? AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => null,
    };

    /// <summary>Widens integer-like CLR values to long and float to double; other values unchanged.</summary>
    public static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        short s => (long)s,
        sbyte b => (long)b,
        byte b => (long)b,
        float f => (double)f,
        _ => value,
    };
}
