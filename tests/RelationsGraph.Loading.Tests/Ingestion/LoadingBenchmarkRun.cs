using RelationsGraph.Loading.Benchmarks;
using RelationsGraph.Loading.Ingestion;
using Xunit.Abstractions;

namespace RelationsGraph.Loading.Tests.Ingestion;

/// <summary>
/// The load-rate measurement, kept out of ordinary test runs: set RG_BENCHMARK_ARTICLES (e.g. 1000)
/// and run `dotnet test --filter LoadingBenchmarkRun` to print the rate.
/// </summary>
public sealed class LoadingBenchmarkRun(ITestOutputHelper output)
{
    private const string CountVariable = "RG_BENCHMARK_ARTICLES";

    [BenchmarkFact]
    public async Task Loads_generated_articles_end_to_end()
    {
        var count = int.Parse(Environment.GetEnvironmentVariable(CountVariable)!);
        using var work = new TempDirectory();

        var report = await LoadingBenchmark.RunAsync(count, new LibraryArticleExtractor(), work.Path);

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        Assert.Equal(count, report.Loaded);
    }

    private sealed class BenchmarkFactAttribute : FactAttribute
    {
        public BenchmarkFactAttribute()
        {
            if (!int.TryParse(Environment.GetEnvironmentVariable(CountVariable), out _))
                Skip = $"set {CountVariable} to measure the load rate";
        }
    }
}
