using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Functions;

namespace RelationsGraph.Web.Endpoints;

/// <summary>
/// What the console's editor completes from: the live graph's labels, relationship types and property
/// keys (asked through db.labels() and its siblings, so the answer is the same on the embedded store and
/// on Neo4j), and the functions Cypher offers. Shaped as @neo4j-cypher/codemirror's schema option.
/// </summary>
internal static class SchemaEndpoints
{
    public sealed record FunctionEntry(string Name, string Signature);

    public sealed record EditorSchema(IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes,
        IReadOnlyList<string> PropertyKeys, IReadOnlyList<FunctionEntry> Functions);

    // Aggregations belong to the executor, not to FunctionRegistry; the editor offers them all the same.
    private static readonly FunctionEntry[] Aggregations =
        [.. new[] { "avg", "collect", "count", "max", "min", "percentileCont", "percentileDisc", "stDev", "stDevP", "sum" }
            .Select(name => new FunctionEntry(name, name.StartsWith("percentile", StringComparison.Ordinal) ? "(2 arguments)" : "(1 argument)"))];

    public static RouteGroupBuilder MapSchemaEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/schema", Schema)
            .WithSummary("Labels, relationship types and property keys of the live graph, and Cypher's functions: what the console completes.");
        return api;
    }

    private static async Task<EditorSchema> Schema(GraphReader reader, CancellationToken ct) =>
        new(await NamesAsync(reader, "CALL db.labels() YIELD label RETURN label", ct),
            await NamesAsync(reader, "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType", ct),
            await NamesAsync(reader, "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey", ct),
            Functions());

    private static async Task<IReadOnlyList<string>> NamesAsync(GraphReader reader, string cypher, CancellationToken ct) =>
        [.. (await reader.ReadAsync(cypher, null, ct)).Rows.Select(row => row[0] as string).OfType<string>()];

    private static IReadOnlyList<FunctionEntry> Functions() =>
        [.. FunctionRegistry.All.Select(f => new FunctionEntry(f.Name, Arity(f))).Concat(Aggregations)
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)];

    private static string Arity(CypherFunction function) => (function.MinArity, function.MaxArity) switch
    {
        (0, 0) => "()",
        (1, 1) => "(1 argument)",
        (var min, var max) when min == max => $"({min} arguments)",
        (var min, CypherFunction.Variadic) => $"({min} or more arguments)",
        (var min, var max) => $"({min} to {max} arguments)",
    };
}
