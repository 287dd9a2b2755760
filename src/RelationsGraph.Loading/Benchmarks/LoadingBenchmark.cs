using System.Diagnostics;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Loading.Benchmarks;

/// <summary>The end-to-end load rate: generated article files, extraction, one transaction each, into a fresh on-disk embedded store.</summary>
public static class LoadingBenchmark
{
    public sealed record Report(int Articles, int Loaded, int Failed, int Entities, int Relationships, TimeSpan Elapsed)
    {
        public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;
        public override string ToString() =>
            $"{Articles} articles ({Loaded} loaded, {Failed} failed; {Entities} entities, {Relationships} relationships) in {Elapsed.TotalSeconds:0.00} s: {ArticlesPerSecond:0} articles/s";
    }

    public static async Task<Report> RunAsync(int articles, IArticleExtractor extractor, string workDirectory, CancellationToken cancellationToken = default)
    {
        var paths = GeneratedArticles.Write(System.IO.Path.Combine(workDirectory, "articles"), articles);
        await using var database = EmbeddedGraphDatabase.Open(System.IO.Path.Combine(workDirectory, "data"));
        var loader = new ArticleLoader(database, extractor);
        await loader.EnsureSchemaAsync(cancellationToken); // schema set-up is not part of the rate
        var clock = Stopwatch.StartNew();
        var summary = await loader.LoadAsync(paths, cancellationToken: cancellationToken);
        clock.Stop();
        return new Report(articles, summary.Loaded, summary.Failed, summary.Entities, summary.Relationships, clock.Elapsed);
    }
}
