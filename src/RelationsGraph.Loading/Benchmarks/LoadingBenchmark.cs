using System.Diagnostics;
using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Loading.Benchmarks;

/// <summary>
/// The end-to-end load rate: generated article files, extraction, batched transactions, into a
/// fresh on-disk embedded store. Writing the files and creating the schema are not timed.
/// </summary>
public static class LoadingBenchmark
{
    /// <summary>Cpu is the process's processor time over the run: on a shared machine it says more than the wall clock.</summary>
    public sealed record Report(int Articles, int Loaded, int Failed, int Entities, int Relationships, TimeSpan Elapsed, TimeSpan Cpu)
    {
        public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;
        public double EntitiesPerSecond => Entities / Elapsed.TotalSeconds;
        public double RelationshipsPerSecond => Relationships / Elapsed.TotalSeconds;

        public override string ToString() =>
            $"{Articles} articles ({Loaded} loaded, {Failed} failed; {Entities} entities, {Relationships} relationships) in {Elapsed.TotalSeconds:0.00} s: " +
            $"{ArticlesPerSecond:0} articles/s, {EntitiesPerSecond:0} entities/s, {RelationshipsPerSecond:0} relationships/s " +
            $"(cpu {Cpu.TotalSeconds:0.00} s, {Cpu.TotalMilliseconds / Articles:0.00} ms/article)";
    }

    public static async Task<Report> RunAsync(int articles, IArticleExtractor extractor, string workDirectory,
        LoadBatching? batching = null, IProgress<FileLoadResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var paths = GeneratedArticles.Write(System.IO.Path.Combine(workDirectory, "articles"), articles);
        await using var database = EmbeddedGraphDatabase.Open(System.IO.Path.Combine(workDirectory, "data"));
        var loader = new ArticleLoader(database, extractor, batching);
        await loader.EnsureSchemaAsync(cancellationToken);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var summary = await loader.LoadAsync(paths, progress, cancellationToken);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new Report(articles, summary.Loaded, summary.Failed, summary.Entities, summary.Relationships, clock.Elapsed, cpu);
    }
}
