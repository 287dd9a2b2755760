using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Output;

/// <summary>
/// An EXPLAIN or PROFILE plan as JSON: {operator, details, rows, dbHits, children}, rows and dbHits
/// present under PROFILE only. The page draws its Plan view from this.
/// </summary>
public static class PlanJsonWriter
{
    public static void Write(Utf8JsonWriter writer, QueryPlan plan)
    {
        writer.WriteStartObject();
        writer.WriteString("operator", plan.Operator);
        writer.WriteString("details", plan.Details);
        if (plan.Rows is { } rows) writer.WriteNumber("rows", rows);
        if (plan.DbHits is { } hits) writer.WriteNumber("dbHits", hits);
        writer.WriteStartArray("children");
        foreach (var child in plan.Children) Write(writer, child);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
