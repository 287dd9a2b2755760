using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Loading.Ingestion;

/// <summary>An article file after extraction: its rows, or why it could not be read or understood.</summary>
internal sealed record PreparedArticle(string Path, ArticleRows? Rows, string? Error);

/// <summary>
/// Writes a batch of prepared articles in one transaction (one commit, one fsync) and tells what
/// became of each file. Articles already loaded (same sha256, in the store or earlier in the batch)
/// are skipped; an article whose id another text holds gets one of its own (see ArticleIdentity).
/// If the transaction fails it is rolled back and its articles are written again one at a time, so
/// only the article at fault fails, under its own name. A full disk is no article's fault: it
/// propagates (see StorageFull), so the caller stops and says so.
/// </summary>
internal sealed class ArticleBatchWriter(IGraphDatabasePort database)
{
    public int NodesCreated { get; private set; }
    public int RelationshipsCreated { get; private set; }

    /// <summary>One result per article, in batch order.</summary>
    public async Task<FileLoadResult[]> WriteAsync(IReadOnlyList<PreparedArticle> batch, CancellationToken cancellationToken)
    {
        var results = new FileLoadResult[batch.Count];
        var pending = new List<(int Index, ArticleRows Rows)>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Rows is { } rows) pending.Add((i, rows));
            else results[i] = new FileLoadResult(batch[i].Path, FileLoadStatus.Failed, Error: batch[i].Error);
        }
        if (pending.Count == 0) return results;

        var toWrite = new List<(int Index, ArticleRows Rows)>();
        try
        {
            var loaded = await LoadedDigestsAsync(pending.Select(p => p.Rows.Sha256).Distinct(StringComparer.Ordinal), cancellationToken);
            foreach (var (index, rows) in pending)
            {
                if (loaded.Add(rows.Sha256)) toWrite.Add((index, rows));
                else results[index] = new FileLoadResult(rows.Path, FileLoadStatus.Unchanged, rows.EntityCount, rows.RelationshipCount);
            }
            if (toWrite.Count == 0) return results;
            toWrite = await WithIdsOfTheirOwnAsync(toWrite, cancellationToken);
        }
        catch (CypherException e) when (!StorageFull.Is(e))
        {
            foreach (var (index, rows) in pending) results[index] ??= Failed(rows, e);
            return results;
        }

        try
        {
            var (nodes, relationships) = await WriteInOneTransactionAsync(toWrite.Select(w => w.Rows).ToList(), cancellationToken);
            // Created counts belong to the whole transaction; a file gets them only when it was written alone.
            var alone = toWrite.Count == 1;
            foreach (var (index, rows) in toWrite)
                results[index] = new FileLoadResult(rows.Path, FileLoadStatus.Loaded, rows.EntityCount, rows.RelationshipCount,
                    alone ? nodes : 0, alone ? relationships : 0, ArticleId: rows.ArticleId);
        }
        catch (CypherException e) when (toWrite.Count > 1 && !StorageFull.Is(e))
        {
            foreach (var (index, rows) in toWrite) results[index] = await WriteAloneAsync(rows, cancellationToken);
        }
        catch (CypherException e) when (!StorageFull.Is(e))
        {
            results[toWrite[0].Index] = Failed(toWrite[0].Rows, e);
        }
        return results;
    }

    private async Task<FileLoadResult> WriteAloneAsync(ArticleRows rows, CancellationToken cancellationToken)
    {
        try
        {
            var (nodes, relationships) = await WriteInOneTransactionAsync([rows], cancellationToken);
            return new FileLoadResult(rows.Path, FileLoadStatus.Loaded, rows.EntityCount, rows.RelationshipCount, nodes, relationships, ArticleId: rows.ArticleId);
        }
        catch (CypherException e) when (!StorageFull.Is(e))
        {
            return Failed(rows, e);
        }
    }

    private async Task<(int Nodes, int Relationships)> WriteInOneTransactionAsync(IReadOnlyList<ArticleRows> articles, CancellationToken cancellationToken)
    {
        var results = await database.RunInTransactionAsync(BatchStatements.Build(articles), cancellationToken);
        var nodes = results.Sum(r => r.Statistics.NodesCreated);
        var relationships = results.Sum(r => r.Statistics.RelationshipsCreated);
        NodesCreated += nodes;
        RelationshipsCreated += relationships;
        return (nodes, relationships);
    }

    /// <summary>
    /// The articles to write, each under an id no other text holds, in the store or earlier in the batch
    /// (see ArticleIdentity): a file named like a loaded article but with other text is a new article.
    /// </summary>
    private async Task<List<(int Index, ArticleRows Rows)>> WithIdsOfTheirOwnAsync(List<(int Index, ArticleRows Rows)> articles, CancellationToken cancellationToken)
    {
        var candidates = articles.SelectMany(a => ArticleIdentity.Candidates(a.Rows.ArticleId, a.Rows.Sha256)).Distinct(StringComparer.Ordinal).ToList();
        var (cypher, parameters) = BatchStatements.FindTakenIds(candidates);
        var taken = (await database.RunAsync(cypher, parameters, cancellationToken: cancellationToken)).Rows
            .Select(row => (string)row[0]!).ToHashSet(StringComparer.Ordinal);
        var renamed = new List<(int Index, ArticleRows Rows)>(articles.Count);
        foreach (var (index, rows) in articles)
        {
            // With every candidate taken (only by deliberately crafted names) the proposed id stays, and
            // creating the article fails on the uniqueness constraint instead of overwriting.
            var id = ArticleIdentity.Candidates(rows.ArticleId, rows.Sha256).FirstOrDefault(c => !taken.Contains(c)) ?? rows.ArticleId;
            taken.Add(id);
            renamed.Add((index, id == rows.ArticleId ? rows : rows.WithArticleId(id)));
        }
        return renamed;
    }

    private async Task<HashSet<string>> LoadedDigestsAsync(IEnumerable<string> sha256s, CancellationToken cancellationToken)
    {
        var (cypher, parameters) = BatchStatements.FindLoaded(sha256s);
        var result = await database.RunAsync(cypher, parameters, cancellationToken: cancellationToken);
        return result.Rows.Select(row => (string)row[0]!).ToHashSet(StringComparer.Ordinal);
    }

    private static FileLoadResult Failed(ArticleRows rows, CypherException e) =>
        new(rows.Path, FileLoadStatus.Failed, rows.EntityCount, rows.RelationshipCount, Error: $"{e.ErrorClass}: {e.Message}");
}
