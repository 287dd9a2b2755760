using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// A plan the way Neo4j's Query API sends it: "queryPlan" after EXPLAIN, "profiledQueryPlan" after
/// PROFILE (with dbHits and records), each operator as {operatorType, arguments, identifiers, children}.
/// Page-cache figures and time are zeros: the embedded store has no page cache and does not time operators.
/// </summary>
internal static class QueryApiPlanWriter
{
    public static void Write(Utf8JsonWriter writer, QueryPlan plan, bool typed)
    {
        writer.WritePropertyName(plan.Profiled ? "profiledQueryPlan" : "queryPlan");
        WriteOperator(writer, plan, typed);
    }

    private static void WriteOperator(Utf8JsonWriter writer, QueryPlan plan, bool typed)
    {
        writer.WriteStartObject();
        if (plan.Profiled)
        {
            writer.WriteNumber("dbHits", plan.DbHits ?? 0);
            writer.WriteNumber("records", plan.Rows ?? 0);
            writer.WriteBoolean("hasPageCacheStats", false);
            writer.WriteNumber("pageCacheHits", 0);
            writer.WriteNumber("pageCacheMisses", 0);
            writer.WriteNumber("pageCacheHitRatio", 0.0);
            writer.WriteNumber("time", 0);
        }
        writer.WriteString("operatorType", plan.Operator + "@neo4j");
        writer.WriteStartObject("arguments");
        writer.WritePropertyName("Details");
        QueryApiValueWriter.Write(writer, plan.Details, typed);
        writer.WriteEndObject();
        writer.WriteStartArray("identifiers");
        writer.WriteEndArray();
        writer.WriteStartArray("children");
        foreach (var child in plan.Children) WriteOperator(writer, child, typed);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
