namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// db.index.fulltext.queryNodes / queryRelationships, with Neo4j's signatures: (indexName, queryString
/// [, options {skip, limit}]) :: (node|relationship, score), best match first; and db.awaitIndex(es).
/// </summary>
internal static class FullTextProcedures
{
    public static IEnumerable<Procedure> All() =>
    [
        new("db.index.fulltext.queryNodes", Inputs, [new("node", "NODE?"), new("score", "FLOAT?")],
            (context, arguments) => Query(context, arguments, relationships: false)),
        new("db.index.fulltext.queryRelationships", Inputs, [new("relationship", "RELATIONSHIP?"), new("score", "FLOAT?")],
            (context, arguments) => Query(context, arguments, relationships: true)),
        // Neo4j fills a new index in the background and scripts wait for it with these; here an index is
        // complete when its transaction commits, so they return at once.
        new("db.awaitIndexes", [new("timeOutSeconds", "INTEGER?", Optional: true)], [], (_, _) => []),
        new("db.awaitIndex", [new("indexName", "STRING?"), new("timeOutSeconds", "INTEGER?", Optional: true)], [], (_, _) => []),
    ];

    private static readonly ProcedureField[] Inputs =
        [new("indexName", "STRING?"), new("queryString", "STRING?"), new("options", "MAP?", Optional: true)];

    private static IEnumerable<object?[]> Query(ExecutionContext context, IReadOnlyList<object?> arguments, bool relationships)
    {
        var name = arguments[0] as string ?? throw Invalid("indexName", "a string");
        var query = arguments[1] as string ?? throw Invalid("queryString", "a string");
        var options = arguments.Count > 2 ? arguments[2] as IReadOnlyDictionary<string, object?> : null;
        var skip = Count(options, "skip") ?? 0;
        var limit = Count(options, "limit") ?? int.MaxValue - skip;
        var hits = context.Reader.QueryFullText(name, relationships, query, (int)Math.Min(int.MaxValue, (long)skip + limit));
        return hits.Skip(skip).Select(hit => new object?[] { hit.Entity, hit.Score });
    }

    private static int? Count(IReadOnlyDictionary<string, object?>? options, string key) =>
        options?.GetValueOrDefault(key) switch
        {
            null => null,
            long n and >= 0 => (int)Math.Min(n, int.MaxValue),
            var other => throw Invalid($"options.{key}", "a non-negative integer", other),
        };

    private static CypherException Invalid(string argument, string expected, object? got = null) => new(
        "ProcedureCallFailed", "ProcedureCallFailed", ErrorPhase.Runtime,
        $"Failed to invoke procedure: {argument} must be {expected}{(got is null ? "" : $", got {got}")}.");
}
