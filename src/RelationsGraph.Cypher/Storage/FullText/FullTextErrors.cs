namespace RelationsGraph.Cypher.Storage.FullText;

/// <summary>The errors Neo4j gives for full-text procedures, so the same client code handles both stores.</summary>
internal static class FullTextErrors
{
    public static CypherException CallFailed(bool relationships, string cause) => new(
        "ProcedureCallFailed", "ProcedureCallFailed", ErrorPhase.Runtime,
        $"Failed to invoke procedure `db.index.fulltext.{(relationships ? "queryRelationships" : "queryNodes")}`: Caused by: {cause}");

    public static CypherException UnknownAnalyzer(string analyzer) => new(
        "ArgumentError", "InvalidArgument", ErrorPhase.Runtime,
        $"Could not create fulltext analyzer: {analyzer}. Known analyzers: {string.Join(", ", FullTextAnalyzers.Names)}.");
}
