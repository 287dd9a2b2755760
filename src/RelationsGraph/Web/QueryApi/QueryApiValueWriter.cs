using System.Globalization;
using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Values.Temporal;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// Engine values as the Query API writes them: typed JSON ({"$type": ..., "_value": ...}) for
/// application/vnd.neo4j.query, plain JSON otherwise (numbers, strings, and element objects).
/// </summary>
internal static class QueryApiValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value, bool typed)
    {
        if (typed) WriteTyped(writer, value);
        else WritePlain(writer, value);
    }

    private static void WriteTyped(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null: writer.WriteString("$type", "Null"); writer.WriteNull("_value"); break;
            case bool b: writer.WriteString("$type", "Boolean"); writer.WriteBoolean("_value", b); break;
            case long l: writer.WriteString("$type", "Integer"); writer.WriteString("_value", l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: writer.WriteString("$type", "Float"); writer.WriteString("_value", FormatFloat(d)); break;
            case string s: writer.WriteString("$type", "String"); writer.WriteString("_value", s); break;
            case TemporalValue t: writer.WriteString("$type", TemporalTypeName(t)); writer.WriteString("_value", t.ToString()); break;
            case Node node:
                writer.WriteString("$type", "Node");
                writer.WritePropertyName("_value");
                WriteNodeBody(writer, node, typed: true);
                break;
            case Relationship relationship:
                writer.WriteString("$type", "Relationship");
                writer.WritePropertyName("_value");
                WriteRelationshipBody(writer, relationship, typed: true);
                break;
            case CypherPath path:
                writer.WriteString("$type", "Path");
                writer.WriteStartArray("_value");
                foreach (var element in PathElements(path)) WriteTyped(writer, element);
                writer.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteString("$type", "Map");
                writer.WritePropertyName("_value");
                WriteMap(writer, map, typed: true);
                break;
            case System.Collections.IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list) WriteTyped(writer, item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
        writer.WriteEndObject();
    }

    private static void WritePlain(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue(FormatFloat(d)); break;
            case string s: writer.WriteStringValue(s); break;
            case TemporalValue t: writer.WriteStringValue(t.ToString()); break;
            case Node node: WriteNodeBody(writer, node, typed: false); break;
            case Relationship relationship: WriteRelationshipBody(writer, relationship, typed: false); break;
            case CypherPath path:
                writer.WriteStartArray();
                foreach (var element in PathElements(path)) WritePlain(writer, element);
                writer.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map, typed: false); break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WritePlain(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    // Typed JSON names element fields with a leading underscore; plain JSON in camelCase.
    private static void WriteNodeBody(Utf8JsonWriter writer, Node node, bool typed)
    {
        writer.WriteStartObject();
        writer.WriteString(typed ? "_element_id" : "elementId", node.ElementId);
        writer.WriteStartArray(typed ? "_labels" : "labels");
        foreach (var label in node.Labels) writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WritePropertyName(typed ? "_properties" : "properties");
        WriteMap(writer, node.Properties, typed);
        writer.WriteEndObject();
    }

    private static void WriteRelationshipBody(Utf8JsonWriter writer, Relationship relationship, bool typed)
    {
        writer.WriteStartObject();
        writer.WriteString(typed ? "_element_id" : "elementId", relationship.ElementId);
        writer.WriteString(typed ? "_start_node_element_id" : "startNodeElementId", relationship.StartElementId);
        writer.WriteString(typed ? "_end_node_element_id" : "endNodeElementId", relationship.EndElementId);
        writer.WriteString(typed ? "_type" : "type", relationship.Type);
        writer.WritePropertyName(typed ? "_properties" : "properties");
        WriteMap(writer, relationship.Properties, typed);
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map, bool typed)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, typed);
        }
        writer.WriteEndObject();
    }

    // A path is written as its elements in order: node, relationship, node, ...
    private static IEnumerable<object> PathElements(CypherPath path)
    {
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            yield return path.Nodes[i];
            if (i < path.Relationships.Count) yield return path.Relationships[i];
        }
    }

    // A zone name in brackets is what makes a Neo4j ZonedDateTime rather than an OffsetDateTime.
    private static string TemporalTypeName(TemporalValue value) => value.Kind switch
    {
        "DateTime" => value.ToString()!.EndsWith(']') ? "ZonedDateTime" : "OffsetDateTime",
        var kind => kind,
    };

    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
