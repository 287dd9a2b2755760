using RelationsGraph.Loading.Benchmarks;
using Xunit;

namespace RelationsGraph.Loading.Tests.Benchmarks;

public sealed class ExtractionBenchmarkTests
{
    [Fact]
    public void Thread_clock_advances_with_work_done_on_the_thread()
    {
        var before = ThreadCpuClock.Now();
        if (before is null) return; // not Linux: the figure is simply left out of the report
        // Spin until the clock shows 50 ms of CPU; on a shared machine that may take several wall seconds.
        var spin = System.Diagnostics.Stopwatch.StartNew();
        var used = TimeSpan.Zero;
        var sink = 0L;
        while (used < TimeSpan.FromMilliseconds(50) && spin.Elapsed < TimeSpan.FromSeconds(20))
        {
            for (var i = 0; i < 100_000; i++) sink += i % 7;
            used = ThreadCpuClock.Now()!.Value - before.Value;
        }
        Assert.True(used >= TimeSpan.FromMilliseconds(50), $"only {used} of CPU counted in {spin.Elapsed} of spinning (sink {sink})");
        Assert.True(used <= spin.Elapsed + TimeSpan.FromMilliseconds(20), $"{used} of CPU in {spin.Elapsed} of wall time on one thread");
    }

    [Fact]
    public void Report_gives_rates_per_wall_second_and_per_cpu_second()
    {
        var report = new ExtractionBenchmark.Report(10, 2_000_000, 5, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
        Assert.Equal(0.5, report.MegabytesPerSecond, 6);
        Assert.Equal(1.0, report.MegabytesPerCpuSecond, 6);
        Assert.Contains("1.00 MB per CPU-second", report.ToString());
        Assert.Contains("2.00 MB per CPU-second of the extracting thread alone", report.ToString());
    }
}
