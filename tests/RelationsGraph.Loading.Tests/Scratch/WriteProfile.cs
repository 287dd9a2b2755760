using System.Diagnostics;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Benchmarks;
using RelationsGraph.Loading.Catalog;
using RelationsGraph.Loading.Ingestion;
using Xunit.Abstractions;

namespace RelationsGraph.Loading.Tests.Scratch;

// TEMPORARY profiling aid (throughput); removed before the report.
public sealed class WriteProfile(ITestOutputHelper output)
{
    [Fact]
    public void Profile()
    {
        if (Environment.GetEnvironmentVariable("RG_PROFILE") is null) return;
        using var work = new TempDirectory();
        var paths = GeneratedArticles.Write(System.IO.Path.Combine(work.Path, "a"), 5120);
        var extractor = new LibraryArticleExtractor();
        var rows = paths.Select(p => ArticleRows.Build(extractor.Extract(p), p)).ToList();
        using var db = GraphDatabase.Open(System.IO.Path.Combine(work.Path, "d"));
        foreach (var s in CypherCatalog.Statements("schema")) db.Execute(s);
        var times = new Dictionary<string, TimeSpan>();
        void Add(string k, TimeSpan t) => times[k] = times.GetValueOrDefault(k) + t;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < rows.Count; i += 64)
        {
            var batch = rows.Skip(i).Take(64).ToList();
            var sw = Stopwatch.StartNew();
            var (fc, fp) = BatchStatements.FindLoaded(batch.Select(b => b.Sha256));
            db.Execute(fc, fp);
            Add("find", sw.Elapsed);
            using var tx = db.BeginTransaction();
            foreach (var (c, p) in BatchStatements.Build(batch))
            {
                sw.Restart();
                tx.Execute(c, p);
                Add(c.Split('\n')[0..3].Aggregate((a, b) => a + " " + b)[..60], sw.Elapsed);
            }
            sw.Restart();
            tx.Commit();
            Add("commit", sw.Elapsed);
            if ((i + 64) % 1024 == 0)
            {
                output.WriteLine($"-- up to {i + 64}: total {total.Elapsed.TotalMilliseconds:0} ms");
                foreach (var (k, v) in times.OrderByDescending(t => t.Value).Take(4)) output.WriteLine($"{v.TotalMilliseconds,8:0} ms  {k}");
                times.Clear();
            }
        }
        output.WriteLine($"total {total.Elapsed.TotalMilliseconds:0} ms for {rows.Count}");
        foreach (var (k, v) in times.OrderByDescending(t => t.Value)) output.WriteLine($"{v.TotalMilliseconds,8:0} ms  {k}");
    }
}
