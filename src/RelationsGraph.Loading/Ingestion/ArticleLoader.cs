using System.Diagnostics;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>
/// Loads article files into a graph database: extraction on the thread pool, then writes in batches
/// of articles, one transaction each (see LoadBatching and ArticleBatchWriter). An article whose
/// cleaned text is already loaded (same sha256) is left alone; a file that fails is reported by name
/// and the others still load.
/// </summary>
public sealed class ArticleLoader(IGraphDatabasePort database, IArticleExtractor extractor, LoadBatching? batching = null)
{
    private readonly LoadBatching _batching = batching ?? LoadBatching.Default;
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
    /// Loads the files in order; progress hears of each file once its batch is committed. Articles are
    /// extracted ahead in parallel (the extractor is thread-safe) while earlier batches are written;
    /// writes keep input order, which keeps "first spelling wins" and evidence order predictable.
    /// </summary>
    public async Task<LoadSummary> LoadAsync(IReadOnlyList<string> paths, IProgress<FileLoadResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await EnsureSchemaAsync(cancellationToken);
        var writer = new ArticleBatchWriter(database);
        var extraction = new OrderedExtraction<PreparedArticle>(paths, Prepare,
            lookahead: Math.Max(2 * _batching.MaxArticles, Environment.ProcessorCount), cancellationToken);
        var results = new List<FileLoadResult>(paths.Count);
        while (extraction.HasMore)
        {
            var batch = await extraction.NextBatchAsync(_batching.MaxArticles, _batching.MaxWait);
            foreach (var result in await writer.WriteAsync(batch, cancellationToken))
            {
                results.Add(result);
                progress?.Report(result);
            }
        }
        return new LoadSummary(results, clock.Elapsed, writer.NodesCreated, writer.RelationshipsCreated);
    }

    /// <summary>Loads one file in a transaction of its own; its result carries the nodes and relationships it created.</summary>
    public async Task<FileLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        var results = await new ArticleBatchWriter(database).WriteAsync([Prepare(path)], cancellationToken);
        return results[0];
    }

    private PreparedArticle Prepare(string path)
    {
        try
        {
            return new PreparedArticle(path, ArticleRows.Build(extractor.Extract(path), path), null);
        }
        // Extraction is the boundary of one file: whatever goes wrong there fails that file only.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PreparedArticle(path, null, e.Message);
        }
    }
}
