using System.CommandLine;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Benchmarks;
using RelationsGraph.Loading.Ingestion;

namespace RelationsGraph.Commands;

/// <summary>
/// `bench loading [--articles N] [--batch N]` and `bench extraction [--articles N] [--seconds S]`:
/// throughput figures on generated articles, written to a temporary directory that is removed after.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench",
            "Measure throughput on generated articles (run with -c Release). " +
            "The engine benchmark is separate: dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- --quick")
        {
            LoadingCommand(),
            ExtractionCommand(),
        };
        return command;
    }

    private static Command LoadingCommand()
    {
        var articles = ArticlesOption(2000);
        var batch = new Option<int>("--batch")
        {
            Description = "Most articles per transaction (1 = one transaction per article).",
            DefaultValueFactory = _ => LoadBatching.Default.MaxArticles,
        };
        var command = new Command("loading",
            "End-to-end ingest rate (extraction + writes) into a fresh on-disk embedded store: articles/s, entities/s, relationships/s.")
        {
            articles, batch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(articles);
            var batchSize = parse.GetValue(batch);
            if (count < 1 || batchSize < 1) return Usage("--articles and --batch must be at least 1");
            using var work = new WorkDirectory();
            try
            {
                var progress = new ProgressLine(count);
                var report = await LoadingBenchmark.RunAsync(count, new LibraryArticleExtractor(), work.Path,
                    LoadBatching.Default with { MaxArticles = batchSize }, progress, cancellationToken);
                progress.Finish();
                Console.WriteLine($"loading: {report}");
                return report.Failed == 0 ? 0 : 1;
            }
            catch (CypherException e)
            {
                Console.Error.WriteLine($"bench: {e.ErrorClass}: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static Command ExtractionCommand()
    {
        var articles = ArticlesOption(500);
        var seconds = new Option<double>("--seconds") { Description = "How long to keep extracting.", DefaultValueFactory = _ => 5 };
        var command = new Command("extraction", "Extraction rate on one core, in MB/s of article text (reading from disk not timed).")
        {
            articles, seconds,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(articles);
            var budget = parse.GetValue(seconds);
            if (count < 1 || budget <= 0) return Usage("--articles must be at least 1 and --seconds positive");
            using var work = new WorkDirectory();
            var report = ExtractionBenchmark.Run(count, work.Path, TimeSpan.FromSeconds(budget));
            Console.WriteLine($"extraction: {report}");
            return 0;
        });
        return command;
    }

    private static Option<int> ArticlesOption(int fallback) => new("--articles")
    {
        Description = "How many generated articles to use.",
        DefaultValueFactory = _ => fallback,
    };

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"bench: {message}");
        return 2;
    }

    /// <summary>A fresh temporary directory, deleted with everything in it when disposed.</summary>
    private sealed class WorkDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("relationsgraph-bench-").FullName;

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { } // a leftover temp directory is not worth failing the run for
        }
    }

    /// <summary>Files done so far, rewritten in place on stderr (progress is reported once per committed file).</summary>
    private sealed class ProgressLine(int total) : IProgress<FileLoadResult>
    {
        private int _done;

        public void Report(FileLoadResult value)
        {
            _done++;
            if (!Console.IsErrorRedirected && (_done % 50 == 0 || _done == total))
                Console.Error.Write($"\rloaded {_done}/{total} files");
        }

        public void Finish()
        {
            if (!Console.IsErrorRedirected) Console.Error.WriteLine();
        }
    }
}
