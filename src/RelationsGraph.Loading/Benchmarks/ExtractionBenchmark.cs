using System.Diagnostics;
using System.Text;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Loading.Benchmarks;

/// <summary>
/// The extraction rate on one core: generated articles are read into memory first, then cleaned and
/// extracted one after another on the calling thread, over and over until the time budget is spent.
/// Disk reads are not timed; the rate counts the bytes of article text (UTF-8) processed.
/// </summary>
public static class ExtractionBenchmark
{
    public sealed record Report(int Articles, long Bytes, int Entities, TimeSpan Elapsed)
    {
        public double MegabytesPerSecond => Bytes / 1_000_000.0 / Elapsed.TotalSeconds;
        public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;

        public override string ToString() =>
            $"{Articles} articles, {Bytes / 1_000_000.0:0.00} MB of text, {Entities} entities in {Elapsed.TotalSeconds:0.00} s on one core: " +
            $"{MegabytesPerSecond:0.00} MB/s ({ArticlesPerSecond:0} articles/s)";
    }

    public static Report Run(int articles, string workDirectory, TimeSpan budget)
    {
        var texts = GeneratedArticles.Write(workDirectory, articles)
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Select(article => (article.Path, article.Text, Bytes: Encoding.UTF8.GetByteCount(article.Text)))
            .ToList();
        var reader = new ArticleReader();
        var extractor = new Extractor();
        foreach (var (path, text, _) in texts.Take(50)) extractor.Extract(reader.FromText(path, text)); // warm-up (JIT, caches)

        int done = 0, entities = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        while (done == 0 || clock.Elapsed < budget)
        {
            foreach (var (path, text, size) in texts)
            {
                entities += extractor.Extract(reader.FromText(path, text)).Entities.Count;
                bytes += size;
                done++;
            }
        }
        clock.Stop();
        return new Report(done, bytes, entities, clock.Elapsed);
    }
}
