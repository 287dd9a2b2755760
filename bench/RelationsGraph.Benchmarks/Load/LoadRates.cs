using System.Diagnostics;
using RelationsGraph.Benchmarks.Peer;

namespace RelationsGraph.Benchmarks.Load;

/// <summary>
/// The load rates alone (`--load-rates`): one generated graph written as CSV, then three loads into
/// fresh stores: the storage API (the engine's floor), LOAD CSV in transactions of 50k rows, and
/// UNWIND $rows ... MERGE in batches of 10k. Prints relationships per second for each, and the
/// process's peak working set (the 10M run must fit in 4 GB).
/// </summary>
public static class LoadRates
{
    private const double HubShare = 0.02;
    private const int MergeBatch = 10_000;

    public static int Run(int relationshipCount, IReadOnlyCollection<string> loads, bool keep)
    {
        var root = Path.Combine(Path.GetTempPath(), "rg-load-" + Guid.NewGuid().ToString("N")[..8]);
        var nodeCount = Math.Max(100, relationshipCount / 10);
        try
        {
            var clock = Stopwatch.StartNew();
            var graph = GeneratedGraph.Create(nodeCount, relationshipCount, HubShare);
            var csv = GraphCsv.Write(graph, Path.Combine(root, "csv"));
            graph = null;
            Console.WriteLine($"{relationshipCount:N0} relationships, {nodeCount:N0} nodes; generated and written as CSV in {clock.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}{(System.Runtime.GCSettings.IsServerGC ? "" : " (the app runs server GC, as the Web SDK sets it; DOTNET_gcServer=1 runs this so)")}");
            Console.WriteLine($"| {"load",-44} | {"rels/s",10} | {"seconds",8} | {"CPU s",7} | {"rels/CPU s",10} | note");
            var failures = 0;
            if (loads.Contains("store")) failures += StoreApi(root, csv, relationshipCount);
            if (loads.Contains("csv")) failures += LoadCsv(root, csv, relationshipCount);
            if (loads.Contains("merge")) failures += UnwindMerge(root, csv, relationshipCount);
            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB (whole process)");
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            if (keep) Console.WriteLine($"stores and CSV kept in {root}");
            else try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static int StoreApi(string root, GraphCsv csv, int expected)
    {
        using var peer = new EmbeddedPeer(Path.Combine(root, "store"));
        var cpu = CpuSeconds();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GcMark.Now();
        var seconds = peer.Load(csv);
        Row("storage API, 50k per transaction", expected, seconds, CpuSeconds() - cpu, "nodes included (CPU includes the checkpoint)"
            + Allocated(allocated, expected) + collections.Since());
        return 0;
    }

    private static int LoadCsv(string root, GraphCsv csv, int expected)
    {
        var cpu = CpuSeconds();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GcMark.Now();
        var (nodeSeconds, relationshipSeconds, count) = CypherLoads.LoadCsv(Path.Combine(root, "load-csv"), csv);
        var total = nodeSeconds + relationshipSeconds;
        Row("LOAD CSV ... IN TRANSACTIONS OF 50k ROWS", expected, total, CpuSeconds() - cpu, $"nodes included; relationships alone {expected / relationshipSeconds:N0}/s"
            + Allocated(allocated, expected) + collections.Since() + Check(count, expected));
        return count == expected ? 0 : 1;
    }

    private static int UnwindMerge(string root, GraphCsv csv, int expected)
    {
        using var peer = new EmbeddedPeer(Path.Combine(root, "merge"));
        var cpu = CpuSeconds();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (seconds, count) = peer.Merge(csv, expected, MergeBatch);
        var cpuSeconds = CpuSeconds() - cpu;
        var timed = expected - EmbeddedPeer.MergeWarmUp(expected);
        Row("UNWIND $rows ... MERGE, 10k per batch", timed, seconds, cpuSeconds, "relationship batches only (nodes merged first; CPU includes them)"
            + Allocated(allocated, expected) + Check(count, expected));
        return count == expected ? 0 : 1;
    }

    // Bytes the whole process allocated during the load per relationship (nodes and the bench's own rows included):
    // garbage collection is most of a Cypher bulk load's cost, so this is the figure to watch.
    private static string Allocated(long before, int relationships) =>
        $"; {(GC.GetTotalAllocatedBytes(precise: true) - before) / (double)relationships:N0} B allocated per relationship";

    /// <summary>Collections per generation and the time the program was paused for them since start: where a load's garbage collection goes.</summary>
    private readonly record struct GcMark(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
    {
        public static GcMark Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

        public string Since()
        {
            var now = Now();
            return $"; GCs {now.Gen0 - Gen0}/{now.Gen1 - Gen1}/{now.Gen2 - Gen2} (gen 0/1/2), paused {(now.Paused - Paused).TotalSeconds:F2} s";
        }
    }

    private static string Check(long count, int expected) => count == expected ? "" : $"; COUNT {count:N0} != {expected:N0}";

    /// <summary>The process's CPU time (every thread, GC included): steadier than wall time on a shared machine.</summary>
    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static void Row(string load, int relationships, double seconds, double cpuSeconds, string note) =>
        Console.WriteLine($"| {load,-44} | {relationships / seconds,10:N0} | {seconds,8:F2} | {cpuSeconds,7:F2} | {relationships / cpuSeconds,10:N0} | {note}");
}
