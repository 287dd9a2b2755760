using System.Text.Json;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// The plan of an EXPLAIN ("queryPlan") or PROFILE ("profiledQueryPlan") in a Query API answer, as the
/// engine's QueryPlan, so the console draws Neo4j's plans as it draws the embedded store's.
/// </summary>
internal static class Neo4jPlanReader
{
    public static QueryPlan? Read(JsonElement root)
    {
        if (root.TryGetProperty("profiledQueryPlan", out var profiled) && profiled.ValueKind == JsonValueKind.Object) return Operator(profiled, true);
        if (root.TryGetProperty("queryPlan", out var plan) && plan.ValueKind == JsonValueKind.Object) return Operator(plan, false);
        return null;
    }

    private static QueryPlan Operator(JsonElement element, bool profiled)
    {
        var type = element.TryGetProperty("operatorType", out var operatorType) ? operatorType.GetString() ?? "" : "";
        var at = type.IndexOf('@');   // "Filter@neo4j": the suffix names the database
        var details = "";
        if (element.TryGetProperty("arguments", out var arguments) && arguments.ValueKind == JsonValueKind.Object
            && arguments.TryGetProperty("Details", out var detailsValue))
            details = Text(detailsValue);
        var children = element.TryGetProperty("children", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(child => Operator(child, profiled)).ToArray()
            : [];
        var plan = new QueryPlan(at >= 0 ? type[..at] : type, details, children);
        return profiled ? plan with { Rows = Number(element, "records"), DbHits = Number(element, "dbHits") } : plan;
    }

    // Plain JSON sends the text, typed JSON {"$type": "String", "_value": text}.
    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? ""
        : value.ValueKind == JsonValueKind.Object && value.TryGetProperty("_value", out var inner) && inner.ValueKind == JsonValueKind.String ? inner.GetString() ?? ""
        : "";

    private static long Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
