using System.Diagnostics;
using System.Text;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Loading.Benchmarks;

/// <summary>
/// The extraction rate on one core: generated articles are read into memory first, then cleaned and
/// extracted one after another on the calling thread, over and over until the time budget is spent.
/// Disk reads are not timed; the rate counts the bytes of article text (UTF-8) processed. The machine
/// may be shared, so besides the wall-clock rate the report gives the rate per CPU-second the process
/// spent while measuring (extraction thread, GC and JIT together): the honest per-core figure.
/// Warm-up runs the whole set until tiered JIT has promoted the hot paths (see <see cref="WarmUp"/>) before the clock starts.
/// </summary>
public static class ExtractionBenchmark
{
    public sealed record Report(int Articles, long Bytes, int Entities, TimeSpan Elapsed, TimeSpan CpuTime, TimeSpan? ThreadCpuTime)
    {
        public double MegabytesPerSecond => Bytes / 1_000_000.0 / Elapsed.TotalSeconds;
        public double MegabytesPerCpuSecond => Bytes / 1_000_000.0 / CpuTime.TotalSeconds;
        public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;

        public override string ToString() =>
            $"{Articles} articles, {Bytes / 1_000_000.0:0.00} MB of text, {Entities} entities in {Elapsed.TotalSeconds:0.00} s on one core: " +
            $"{MegabytesPerSecond:0.00} MB/s ({ArticlesPerSecond:0} articles/s); {CpuTime.TotalSeconds:0.00} s of CPU: " +
            $"{MegabytesPerCpuSecond:0.00} MB per CPU-second" +
            (ThreadCpuTime is { } thread ? $" ({Bytes / 1_000_000.0 / thread.TotalSeconds:0.00} MB per CPU-second of the extracting thread alone)" : "");
    }

    public static Report Run(int articles, string workDirectory, TimeSpan budget)
    {
        var texts = GeneratedArticles.Write(workDirectory, articles)
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Select(article => (article.Path, article.Text, Bytes: Encoding.UTF8.GetByteCount(article.Text)))
            .ToList();
        var reader = new ArticleReader();
        var extractor = new Extractor();
        WarmUp(texts.Select(t => (t.Path, t.Text)).ToList(), reader, extractor);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var threadBefore = ThreadCpuClock.Now();

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
        process.Refresh();
        var threadAfter = ThreadCpuClock.Now();
        return new Report(done, bytes, entities, clock.Elapsed, process.TotalProcessorTime - cpuBefore,
            threadAfter - threadBefore);
    }

    /// <summary>
    /// Runs the whole set until tiered JIT has nothing left to compile: a method is promoted to tier 1 only after ~30
    /// calls and a quiet spell on the background compiler, which on a busy machine falls behind, so a fixed short warm-up
    /// left a share of the timed run in unoptimised tier-0 code. Stops when a round compiles no new method (at most 6 rounds).
    /// </summary>
    private static void WarmUp(IReadOnlyList<(string Path, string Text)> texts, ArticleReader reader, Extractor extractor)
    {
        var compiled = -1L;
        for (var round = 0; round < 6; round++)
        {
            foreach (var (path, text) in texts) extractor.Extract(reader.FromText(path, text));
            Thread.Sleep(300);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled) break;
            compiled = now;
        }
    }
}
