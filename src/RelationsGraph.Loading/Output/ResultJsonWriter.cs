using System.Collections;
using System.Text.Json;
using RelationsGraph.Cypher;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Loading.Output;

/// <summary>
/// The JSON form of a query result shared by the `query` verb and the web API:
/// {"columns":[...],"rows":[[...]],"stats":{...}} (and "plan" after EXPLAIN or PROFILE), a node as {elementId, labels, properties},
/// a relationship as {elementId, type, startElementId, endElementId, properties}, a path as
/// {nodes, relationships}; temporal values as their ISO text.
/// </summary>
public static class ResultJsonWriter
{
    public static string ToJson(QueryResult result, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
            Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, QueryResult result)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("columns");
        foreach (var column in result.Columns) writer.WriteStringValue(column);
        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            writer.WriteStartArray();
            foreach (var value in row) WriteValue(writer, value);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WritePropertyName("stats");
        WriteStatistics(writer, result.Statistics);
        writer.WriteBoolean("truncated", result.Truncated);
        if (result.Plan is { } plan)
        {
            writer.WriteString("planMode", plan.Profiled ? "PROFILE" : "EXPLAIN");
            writer.WritePropertyName("plan");
            PlanJsonWriter.Write(writer, plan);
        }
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            // JSON has no NaN or infinities: those go as text, as Neo4j's own JSON does.
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue(CypherValueText.FormatDouble(d)); break;
            case string s: writer.WriteStringValue(s); break;
            case Node node: WriteNode(writer, node); break;
            case Relationship relationship: WriteRelationship(writer, relationship); break;
            case CypherPath path:
                writer.WriteStartObject();
                writer.WriteStartArray("nodes");
                foreach (var node in path.Nodes) WriteNode(writer, node);
                writer.WriteEndArray();
                writer.WriteStartArray("relationships");
                foreach (var relationship in path.Relationships) WriteRelationship(writer, relationship);
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map); break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break; // temporal values: their ISO text
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, Node node)
    {
        writer.WriteStartObject();
        writer.WriteString("elementId", node.ElementId);
        writer.WriteStartArray("labels");
        foreach (var label in node.Labels) writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WritePropertyName("properties");
        WriteMap(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, Relationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("elementId", relationship.ElementId);
        writer.WriteString("type", relationship.Type);
        writer.WriteString("startElementId", relationship.StartElementId);
        writer.WriteString("endElementId", relationship.EndElementId);
        writer.WritePropertyName("properties");
        WriteMap(writer, relationship.Properties);
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }
        writer.WriteEndObject();
    }

    private static void WriteStatistics(Utf8JsonWriter writer, QueryStatistics s)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("containsUpdates", s.ContainsUpdates);
        writer.WriteNumber("nodesCreated", s.NodesCreated);
        writer.WriteNumber("nodesDeleted", s.NodesDeleted);
        writer.WriteNumber("relationshipsCreated", s.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", s.RelationshipsDeleted);
        writer.WriteNumber("propertiesSet", s.PropertiesSet);
        writer.WriteNumber("labelsAdded", s.LabelsAdded);
        writer.WriteNumber("labelsRemoved", s.LabelsRemoved);
        writer.WriteNumber("indexesAdded", s.IndexesAdded);
        writer.WriteNumber("indexesRemoved", s.IndexesRemoved);
        writer.WriteNumber("constraintsAdded", s.ConstraintsAdded);
        writer.WriteNumber("constraintsRemoved", s.ConstraintsRemoved);
        writer.WriteEndObject();
    }
}
