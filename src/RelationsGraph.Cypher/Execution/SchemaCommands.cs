using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Execution;

/// <summary>CREATE/DROP INDEX and CONSTRAINT, and SHOW INDEXES/CONSTRAINTS, run directly against the store.</summary>
internal static class SchemaCommands
{
    public static bool IsSchemaCommand(Statement statement) =>
        statement is CreateIndex or DropIndex or CreateConstraint or DropConstraint or ShowSchema;

    public static QueryResult Run(Statement statement, IGraphReader reader, QueryStatisticsCounter statistics)
    {
        switch (statement)
        {
            case CreateIndex create:
            {
                var writer = (IGraphWriter)reader;
                var name = create.Name ?? $"index_{create.LabelOrType}_{string.Join("_", create.Properties)}";
                // Neo4j: IF NOT EXISTS does nothing when the name is taken, whatever that index covers, so a
                // schema file whose definition changed still runs on a store made with the old one.
                if (create.IfNotExists && reader.Indexes.Any(index => index.Name == name)) return Empty(statistics);
                var descriptor = new IndexDescriptor(name, create.LabelOrType, create.Properties)
                    { FullText = create.FullText is { } fullText ? FullTextIndexOptions.Schema(create.Entity, fullText) : null };
                if (writer.CreateIndex(descriptor)) statistics.IndexesAdded++;
                else if (!create.IfNotExists)
                    throw new CypherException("SchemaError", "EquivalentSchemaRuleAlreadyExists", ErrorPhase.Runtime,
                        $"An equivalent index already exists: {name}.");
                return Empty(statistics);
            }
            case DropIndex drop:
            {
                var writer = (IGraphWriter)reader;
                var name = drop.Name ?? reader.Indexes.FirstOrDefault(index => index.FullText is null &&
                    index.Label == drop.Label && index.Properties.SequenceEqual(drop.Properties ?? []))?.Name;
                if (name is not null && writer.DropIndex(name)) statistics.IndexesRemoved++;
                else if (!drop.IfExists)
                    throw new CypherException("SchemaError", "IndexDropFailed", ErrorPhase.Runtime, $"Unable to drop index: no such index {drop.Name ?? drop.Label}.");
                return Empty(statistics);
            }
            case CreateConstraint create:
            {
                var writer = (IGraphWriter)reader;
                var name = create.Name ?? $"constraint_{create.LabelOrType}_{string.Join("_", create.Properties)}";
                if (writer.CreateConstraint(new ConstraintDescriptor(name, create.LabelOrType, create.Properties))) statistics.ConstraintsAdded++;
                else if (!create.IfNotExists)
                    throw new CypherException("SchemaError", "EquivalentSchemaRuleAlreadyExists", ErrorPhase.Runtime,
                        $"An equivalent constraint already exists: {name}.");
                return Empty(statistics);
            }
            case DropConstraint drop:
            {
                var writer = (IGraphWriter)reader;
                if (writer.DropConstraint(drop.Name)) statistics.ConstraintsRemoved++;
                else if (!drop.IfExists)
                    throw new CypherException("SchemaError", "ConstraintDropFailed", ErrorPhase.Runtime, $"Unable to drop constraint: no such constraint {drop.Name}.");
                return Empty(statistics);
            }
            case ShowSchema { Constraints: true }:
                return new QueryResult(["name", "type", "labelsOrTypes", "properties"],
                    reader.Constraints.Select(c => new object?[] { c.Name, "UNIQUENESS", new object?[] { c.Label }, c.Properties.Cast<object?>().ToArray() }).ToList(),
                    statistics.Freeze());
            case ShowSchema show:
                return new QueryResult(["name", "type", "labelsOrTypes", "properties"],
                    reader.Indexes.Where(i => show.IndexType is null || show.IndexType == TypeOf(i))
                        .Select(i => new object?[] { i.Name, TypeOf(i), (i.FullText?.LabelsOrTypes ?? [i.Label]).Cast<object?>().ToArray(), i.Properties.Cast<object?>().ToArray() })
                        .ToList(),
                    statistics.Freeze());
            default:
                throw new ArgumentException("Not a schema command.", nameof(statement));
        }
    }

    private static string TypeOf(IndexDescriptor index) => index.FullText is null ? "RANGE" : "FULLTEXT";

    private static QueryResult Empty(QueryStatisticsCounter statistics) => new([], [], statistics.Freeze());
}
