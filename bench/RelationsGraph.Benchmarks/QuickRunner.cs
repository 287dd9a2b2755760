using System.Diagnostics;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// The quick mode: one load, then a few hundred timed calls per operation, reporting medians against the
/// targets. Seconds instead of BenchmarkDotNet's long statistical runs.
/// </summary>
public static class QuickRunner
{
    public static int Run(IEngineWorkload workload, int nodeCount, int relationshipCount, int samples)
    {
        Console.WriteLine($"engine: {workload.Description}");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var graph = GeneratedGraph.Create(nodeCount, relationshipCount);
        Console.WriteLine($"graph: {nodeCount:N0} nodes, {graph.RelationshipCount:N0} relationships, average degree {2.0 * graph.RelationshipCount / nodeCount:F1}");

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var loaded = workload.Load(graph, batchSize: 10_000);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var loadCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds; // robust when the machine is shared
        if (loaded != graph.RelationshipCount) Console.WriteLine($"WARNING: engine reports {loaded:N0} relationships");

        var random = new Random(7);
        long Pick() => random.Next(nodeCount);
        var checks = new List<bool>();
        Report("bulk load (rels/s)", graph.RelationshipCount / loadSeconds, 50_000, higherIsBetter: true, checks, $"{loadSeconds:F1} s wall, {loadCpuSeconds:F1} s CPU");
        Report("unique lookup (ms)", Median(samples, () => workload.Lookup(Pick())), 0.2, false, checks);
        Report("1-hop expand (ms)", Median(samples, () => workload.OneHop(Pick())), 1, false, checks);
        Report("2-hop expand (ms)", Median(samples, () => workload.TwoHop(Pick())), 10, false, checks);
        Report("shortestPath (ms)", Median(Math.Max(20, samples / 5), () => workload.ShortestPath(Pick(), Pick())), 20, false, checks);

        GC.KeepAlive(graph);
        graph = null;
        var heapMb = (GC.GetTotalMemory(forceFullCollection: true) - baseline) / 1048576.0;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Report("managed heap after load (MB)", heapMb, 600, false, checks);
        Report("peak working set (MB)", peakMb, 600, false, checks, "whole process, load included");
        Console.WriteLine(checks.All(ok => ok) ? "all targets met" : "some targets missed");
        return 0;
    }

    /// <summary>Median wall time in milliseconds of calls to operation, after a short warm-up.</summary>
    private static double Median(int samples, Func<object> operation)
    {
        for (var i = 0; i < Math.Min(20, samples); i++) operation();
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[samples / 2];
    }

    private static void Report(string name, double value, double target, bool higherIsBetter, List<bool> checks, string? note = null)
    {
        var ok = higherIsBetter ? value >= target : value <= target;
        checks.Add(ok);
        var bound = higherIsBetter ? ">=" : "<=";
        Console.WriteLine($"{name,-30} {value,14:N3}   target {bound} {target:N1}   {(ok ? "ok" : "MISSED")}{(note is null ? "" : "   (" + note + ")")}");
    }
}
