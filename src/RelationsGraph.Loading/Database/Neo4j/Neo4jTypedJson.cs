using System.Collections;
using System.Globalization;
using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Values.Temporal;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// Neo4j's typed JSON ({"$type": ..., "_value": ...}, the Query API's application/vnd.neo4j.query
/// format) to and from the engine's value model, so both databases hand the app the same values.
/// </summary>
internal static class Neo4jTypedJson
{
    /// <summary>
    /// Read, with any surprise in the value's shape (a Point sent as an object, a number where a string
    /// belongs, a type this adapter does not know) reported as a CypherException naming the value,
    /// never as an unhandled exception.
    /// </summary>
    public static object? ReadOrFail(JsonElement element)
    {
        try { return Read(element); }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException or OverflowException)
        {
            throw new Neo4jProtocolException($"Neo4j sent a value the app cannot read ({e.Message}): {Shorten(element.GetRawText())}");
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
            throw Malformed($"expected a typed value, got {element.ValueKind}");
        var type = typeElement.GetString();
        var value = element.TryGetProperty("_value", out var v) ? v : default;
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Float" => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ParseFloat(value.GetString()!),
            "String" or "Base64" => value.GetString(),
            // Neo4j writes a point as WKT text with its SRID ("SRID=4326;POINT (12.5 41.9)"); the engine has no
            // point type, so the text is kept. Any other shape is reported (through ReadOrFail), not guessed at.
            "Point" => value.ValueKind == JsonValueKind.String ? value.GetString() : throw Malformed($"a Point that is not WKT text but {value.ValueKind}"),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            "Date" or "Time" or "LocalTime" or "LocalDateTime" or "Duration" => TemporalValue.Parse(type, value.GetString()!),
            "DateTime" or "OffsetDateTime" or "ZonedDateTime" => TemporalValue.Parse("DateTime", value.GetString()!),
            _ => throw Malformed($"unknown value type '{type}'"),
        };
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null: WriteScalar(writer, "Null", () => writer.WriteNull("_value")); break;
            case bool b: WriteScalar(writer, "Boolean", () => writer.WriteBoolean("_value", b)); break;
            case long or int or short or byte or sbyte or uint:
                WriteScalar(writer, "Integer", () => writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float or decimal:
                WriteScalar(writer, "Float", () => writer.WriteString("_value", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture))));
                break;
            case string s: WriteScalar(writer, "String", () => writer.WriteString("_value", s)); break;
            case TemporalValue t: WriteScalar(writer, TemporalTypeName(t), () => writer.WriteString("_value", t.ToString())); break;
            case IDictionary map:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    Write(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> readOnlyMap:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (key, item) in readOnlyMap)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be sent to Neo4j as a parameter.");
        }
        writer.WriteEndObject();
    }

    private static void WriteScalar(Utf8JsonWriter writer, string type, Action writeValue)
    {
        writer.WriteString("$type", type);
        writeValue();
    }

    // A zone name in brackets is what distinguishes Neo4j's ZonedDateTime from an OffsetDateTime.
    private static string TemporalTypeName(TemporalValue value) => value.Kind switch
    {
        "DateTime" => value.ToString()!.EndsWith(']') ? "ZonedDateTime" : "OffsetDateTime",
        var kind => kind,
    };

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject()) map[property.Name] = Read(property.Value);
        return map;
    }

    private static Node ReadNode(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
        ReadProperties(value));

    private static Relationship ReadRelationship(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        ReadProperties(value));

    // A path arrives as its elements in order: node, relationship, node, ...
    private static CypherPath ReadPath(JsonElement value)
    {
        var nodes = new List<Node>();
        var relationships = new List<Relationship>();
        foreach (var element in value.EnumerateArray())
        {
            switch (Read(element))
            {
                case Node node: nodes.Add(node); break;
                case Relationship relationship: relationships.Add(relationship); break;
                default: throw Malformed("a path element that is neither a node nor a relationship");
            }
        }
        if (nodes.Count != relationships.Count + 1) throw Malformed("a path whose nodes and relationships do not alternate");
        return new CypherPath(nodes, relationships);
    }

    private static IReadOnlyDictionary<string, object?> ReadProperties(JsonElement value) =>
        value.TryGetProperty("_properties", out var properties) ? ReadMap(properties) : new Dictionary<string, object?>();

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    // InvalidOperationException so that ReadOrFail reports it with the value it came from.
    private static InvalidOperationException Malformed(string what) => new($"Unexpected Neo4j response: {what}.");
}
