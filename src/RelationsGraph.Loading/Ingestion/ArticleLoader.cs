using System.Diagnostics;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// Loads article files into a graph database: extraction, then one transaction per article.
/// An article whose cleaned text is already loaded (same sha256) is left alone; a file that
/// fails is reported and the others still load.
/// </summary>
public sealed class ArticleLoader(IGraphDatabasePort database, IArticleExtractor extractor)
{
    private bool _schemaEnsured;

    /// <summary>Creates the constraints and indexes of cypher/schema.cypher (idempotent).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaEnsured) return;
        foreach (var statement in CypherCatalog.Statements("schema"))
            await database.RunAsync(statement, cancellationToken: cancellationToken);
        _schemaEnsured = true;
    }

    public async Task<LoadSummary> LoadAsync(IReadOnlyList<string> paths, IProgress<FileLoadResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await EnsureSchemaAsync(cancellationToken);
        var results = new List<FileLoadResult>(paths.Count);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await LoadFileAsync(path, cancellationToken);
            results.Add(result);
            progress?.Report(result);
        }
        return new LoadSummary(results, clock.Elapsed);
    }

    public async Task<FileLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        ArticleStatements statements;
        try
        {
            statements = ArticleStatements.Build(extractor.Extract(path), path);
        }
        // Extraction is the boundary of one file: whatever goes wrong there fails that file only.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new FileLoadResult(path, FileLoadStatus.Failed, Error: e.Message);
        }

        try
        {
            var known = await database.RunAsync(CypherCatalog.Get("load/find-article-by-sha256"),
                new Dictionary<string, object?> { ["sha256"] = statements.Sha256 }, cancellationToken: cancellationToken);
            if (known.Rows.Count > 0)
                return new FileLoadResult(path, FileLoadStatus.Unchanged, statements.EntityCount, statements.RelationshipCount);

            var results = await database.RunInTransactionAsync(statements.Statements, cancellationToken);
            return new FileLoadResult(path, FileLoadStatus.Loaded, statements.EntityCount, statements.RelationshipCount,
                results.Sum(r => r.Statistics.NodesCreated), results.Sum(r => r.Statistics.RelationshipsCreated));
        }
        catch (CypherException e)
        {
            return new FileLoadResult(path, FileLoadStatus.Failed, statements.EntityCount, statements.RelationshipCount,
                Error: $"{e.ErrorClass}: {e.Message}");
        }
    }
}
