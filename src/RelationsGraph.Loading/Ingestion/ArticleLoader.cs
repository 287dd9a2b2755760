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

    /// <summary>
    /// Loads the files in order. Extraction is CPU work and the extractor is thread-safe, so a few
    /// articles are extracted ahead on the thread pool while the database writes the current one;
    /// writes stay in input order, which keeps "first spelling wins" and evidence order predictable.
    /// </summary>
    public async Task<LoadSummary> LoadAsync(IReadOnlyList<string> paths, IProgress<FileLoadResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await EnsureSchemaAsync(cancellationToken);
        var lookahead = Math.Max(1, Environment.ProcessorCount);
        var extracting = new Queue<Task<PreparedFile>>();
        var next = 0;
        var results = new List<FileLoadResult>(paths.Count);
        while (results.Count < paths.Count)
        {
            while (next < paths.Count && extracting.Count < lookahead)
            {
                var path = paths[next++];
                extracting.Enqueue(Task.Run(() => Prepare(path), cancellationToken));
            }
            var result = await WriteAsync(await extracting.Dequeue(), cancellationToken);
            results.Add(result);
            progress?.Report(result);
        }
        return new LoadSummary(results, clock.Elapsed);
    }

    public async Task<FileLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await WriteAsync(Prepare(path), cancellationToken);
    }

    private PreparedFile Prepare(string path)
    {
        try
        {
            return new PreparedFile(path, ArticleStatements.Build(extractor.Extract(path), path), null);
        }
        // Extraction is the boundary of one file: whatever goes wrong there fails that file only.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PreparedFile(path, null, e.Message);
        }
    }

    private async Task<FileLoadResult> WriteAsync(PreparedFile file, CancellationToken cancellationToken)
    {
        if (file.Statements is not { } statements)
            return new FileLoadResult(file.Path, FileLoadStatus.Failed, Error: file.Error);
        try
        {
            var known = await database.RunAsync(CypherCatalog.Get("load/find-article-by-sha256"),
                new Dictionary<string, object?> { ["sha256"] = statements.Sha256 }, cancellationToken: cancellationToken);
            if (known.Rows.Count > 0)
                return new FileLoadResult(file.Path, FileLoadStatus.Unchanged, statements.EntityCount, statements.RelationshipCount);

            var results = await database.RunInTransactionAsync(statements.Statements, cancellationToken);
            return new FileLoadResult(file.Path, FileLoadStatus.Loaded, statements.EntityCount, statements.RelationshipCount,
                results.Sum(r => r.Statistics.NodesCreated), results.Sum(r => r.Statistics.RelationshipsCreated));
        }
        catch (CypherException e)
        {
            return new FileLoadResult(file.Path, FileLoadStatus.Failed, statements.EntityCount, statements.RelationshipCount,
                Error: $"{e.ErrorClass}: {e.Message}");
        }
    }

    private sealed record PreparedFile(string Path, ArticleStatements? Statements, string? Error);
}
