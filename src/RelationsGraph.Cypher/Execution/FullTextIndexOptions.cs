using RelationsGraph.Cypher.Storage.FullText;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Execution;

/// <summary>A CREATE FULLTEXT INDEX clause checked and turned into the store's schema: Neo4j's indexConfig keys.</summary>
internal static class FullTextIndexOptions
{
    private const string AnalyzerKey = "fulltext.analyzer";
    // Accepted for Neo4j compatibility; this store always updates the index at commit.
    private const string EventuallyConsistentKey = "fulltext.eventually_consistent";

    public static FullTextSchema Schema(SchemaEntity entity, FullTextIndexClause clause)
    {
        var analyzer = FullTextSchema.DefaultAnalyzer;
        foreach (var (key, value) in clause.IndexConfig)
        {
            switch (key)
            {
                case AnalyzerKey when value is string name:
                    analyzer = FullTextAnalyzers.Names.Contains(name) ? name : throw FullTextErrors.UnknownAnalyzer(name);
                    break;
                case EventuallyConsistentKey when value is bool:
                    break;
                default:
                    throw new CypherException("ArgumentError", "InvalidArgument", ErrorPhase.Runtime,
                        $"Invalid index configuration: '{key}' with value {value ?? "null"} is not a valid setting for a fulltext index.");
            }
        }
        return new FullTextSchema(entity == SchemaEntity.Relationship, clause.LabelsOrTypes.Distinct(StringComparer.Ordinal).ToList(), analyzer);
    }
}
