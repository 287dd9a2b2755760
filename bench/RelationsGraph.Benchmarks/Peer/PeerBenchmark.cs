using System.Diagnostics;
using System.Globalization;

namespace RelationsGraph.Benchmarks.Peer;

/// <summary>
/// The side-by-side run (`--peer kuzu`): per scale, one generated graph written once as CSV, loaded into
/// both engines, then every measure asked of both with the same random parameters, in rounds that
/// alternate which engine goes first (so drift on a shared machine hits both), answers cross-checked.
/// Prints medians and the ratio ours / Kuzu per measure: below 1 the embedded engine is faster
/// (for the load rate, above 1 it is).
/// </summary>
public static class PeerBenchmark
{
    private const double HubShare = 0.02;
    private const int Rounds = 4;
    private const int MergeBatch = 10_000;

    /// <param name="mergeRelationships">How many relationships the UNWIND ... MERGE measure writes (0: skip it). Kuzu merges
    /// tens to a thousand relationships a second, so more than a few thousand dominates the run.</param>
    /// <param name="only">Names of the measures to run (see <see cref="PeerMeasure.IsNamed"/>), null for all: a quick before/after of a few
    /// measures. The load and one reopen always run (the queries are asked of a freshly opened store); LOAD CSV, resident memory and
    /// UNWIND..MERGE only when named ("loadcsv", "rss", "merge").</param>
    /// <param name="warmUpMs">How long each engine repeats a measure's warm-up call before its clock runs (0: one call). One call leaves
    /// our side's code in the runtime's first, unoptimised JIT tiers for a measure's first hundred or so calls (the tiers move up
    /// after 30 calls and 100 ms without new compiles): a point query then measures mostly that; a few hundred ms measures steady state.</param>
    public static int Run(IReadOnlyList<int> scales, int samples, int openRuns, int mergeRelationships, bool keep, IReadOnlyList<string>? only = null, double warmUpMs = 0)
    {
        var root = Path.Combine(Path.GetTempPath(), "rg-peer-" + Guid.NewGuid().ToString("N")[..8]);
        var mismatches = 0;
        using var kuzu = KuzuPeer.Start();
        Console.WriteLine($"embedded engine vs Kuzu {kuzu.Version} (node {NodeVersion()}), {Environment.ProcessorCount} cores; medians, {Rounds} interleaved rounds per measure");
        try
        {
            foreach (var relationshipCount in scales)
                mismatches += RunScale(kuzu, Path.Combine(root, relationshipCount.ToString(CultureInfo.InvariantCulture)), relationshipCount, samples, openRuns, mergeRelationships, only, warmUpMs);
        }
        finally
        {
            if (!keep) TryDelete(root);
            else Console.WriteLine($"stores and CSV kept in {root}");
        }
        Console.WriteLine(mismatches == 0 ? "answers: all cross-checked equal" : $"answers: {mismatches} MISMATCHES");
        return mismatches == 0 ? 0 : 1;
    }

    private static int RunScale(KuzuPeer kuzu, string folder, int relationshipCount, int samples, int openRuns, int mergeRelationships, IReadOnlyList<string>? only, double warmUpMs)
    {
        bool Wanted(string name) => only is null || only.Contains(name, StringComparer.OrdinalIgnoreCase);
        var nodeCount = Math.Max(100, relationshipCount / 10);
        var graph = GeneratedGraph.Create(nodeCount, relationshipCount, HubShare);
        var csv = GraphCsv.Write(graph, folder);
        var table = new ResultTable($"{relationshipCount:N0} relationships, {nodeCount:N0} nodes, {graph.HubCount} hub(s) taking {HubShare:P0} of the ends");

        // LOAD CSV first, into a store of its own that is gone before the measured one is built (one graph in memory at a time).
        var (csvNodeSeconds, csvRelationshipSeconds, csvCount) = Wanted("loadcsv") ? CypherLoads.LoadCsv(Path.Combine(folder, "load-csv"), csv) : default;
        TryDelete(Path.Combine(folder, "load-csv"));
        using var ours = new EmbeddedPeer(Path.Combine(folder, "embedded"));
        var oursLoad = ours.Load(csv);
        var (kuzuLoad, kuzuCount) = kuzu.Load(Path.Combine(folder, "kuzu"), csv);
        table.Add("bulk load (rels/s, higher is better)", relationshipCount / oursLoad, relationshipCount / kuzuLoad, kuzuCount == relationshipCount ? "" : $"kuzu holds {kuzuCount}");
        if (Wanted("loadcsv"))
            table.Add("LOAD CSV (rels/s; kuzu: COPY FROM)", relationshipCount / (csvNodeSeconds + csvRelationshipSeconds), relationshipCount / kuzuLoad,
                (csvCount == relationshipCount ? "" : $"LOAD CSV made {csvCount}; ") + $"nodes included, IN TRANSACTIONS OF {CypherLoads.CsvBatch:N0} ROWS");
        kuzu.Close();

        var random = new Random(7);
        long Node() => random.Next(nodeCount);
        long Hub() => random.Next(graph.HubCount);

        // Memory first, each engine alone in a fresh process while the other's store is closed.
        var openIds = Enumerable.Range(0, Math.Max(1, openRuns)).Select(_ => Node()).ToArray();
        if (Wanted("rss"))
        {
            var oursProbe = ProbeProcess.RunSelf("--open-probe", ours.Directory, openIds[0].ToString(CultureInfo.InvariantCulture));
            var kuzuProbe = KuzuPeer.Probe(Path.Combine(folder, "kuzu"), openIds[0]);
            table.Add("RSS after open, fresh process (MB)", Megabytes(oursProbe["rss"]!.GetValue<long>()), Megabytes(kuzuProbe["rss"]!.GetValue<long>()),
                $"first open in that process {oursProbe["ms"]!.GetValue<double>():F0} vs {kuzuProbe["ms"]!.GetValue<double>():F0} ms");
        }

        var oursOpen = new List<double>();
        var kuzuOpen = new List<double>();
        var openMismatches = 0;
        for (var i = 0; i < openIds.Length; i++)
        {
            var (a, answerA) = ours.Reopen(openIds[i]);
            var (b, answerB) = kuzu.Reopen(Path.Combine(folder, "kuzu"), openIds[i]);
            oursOpen.Add(a); kuzuOpen.Add(b);
            if (answerA != answerB) openMismatches++;
        }
        table.Add("open saved store + lookup (ms)", Median(oursOpen), Median(kuzuOpen), Checked(openMismatches, openIds.Length));
        var oursCount = ours.RelationshipCount();
        if (oursCount != relationshipCount) table.Note($"embedded store holds {oursCount} relationships");


        var mismatches = openMismatches;
        // Parameters are drawn for every measure, asked or not, so a measure gets the same ones in a run of a few as in a full run.
        void Ask(PeerMeasure measure, List<long[]> parameters)
        {
            if (only is null || only.Any(measure.IsNamed)) mismatches += Compare(table, ours, kuzu, measure, parameters, warmUpMs);
        }
        Ask(PeerMeasure.Lookup, Many(samples, () => [Node()]));
        Ask(PeerMeasure.OneHop, Many(samples, () => [Node()]));
        Ask(PeerMeasure.TwoHop, Many(samples / 2, () => [Node()]));
        Ask(PeerMeasure.ShortestPath, Many(samples / 5, () => DistinctPair(Node)));
        Ask(PeerMeasure.TopDegree, Many(Rounds, () => []));
        Ask(PeerMeasure.ScanFilter, Many(samples / 10, () => ScoreBand(random)));
        Ask(PeerMeasure.HubOneHop, Many(samples / 4, () => [Hub()]));
        Ask(PeerMeasure.HubTwoHop, Many(samples / 10, () => [Hub()]));
        if (mergeRelationships > 0 && Wanted("merge")) mismatches += CompareMerge(table, ours, csv, folder, Math.Min(relationshipCount, mergeRelationships));
        return mismatches;
    }

    private static int CompareMerge(ResultTable table, EmbeddedPeer ours, GraphCsv csv, string folder, int count)
    {
        var (oursSeconds, oursMerged) = ours.Merge(csv, count, MergeBatch);
        var (kuzuSeconds, kuzuMerged) = KuzuPeer.Merge(Path.Combine(folder, "kuzu-merge"), csv, count, MergeBatch);
        var agree = oursMerged == kuzuMerged && oursMerged == count;
        var timed = count - EmbeddedPeer.MergeWarmUp(count);
        table.Add("UNWIND..MERGE (rels/s, higher is better)", timed / oursSeconds, timed / kuzuSeconds,
            agree ? $"first {count:N0} rels, batches of {MergeBatch:N0}" : $"counts {oursMerged} vs {kuzuMerged} DIFFER");
        return agree ? 0 : 1;
    }

    /// <summary>Rounds alternate which engine goes first; each round asks both the same slice of parameters.</summary>
    private static int Compare(ResultTable table, EmbeddedPeer ours, KuzuPeer kuzu, PeerMeasure measure, List<long[]> parameters, double warmUpMs)
    {
        var oursTimes = new List<double>();
        var kuzuTimes = new List<double>();
        var mismatches = 0;
        string? example = null;
        // Warm-up: plan caches and JIT on our side, prepared statement on Kuzu's; the first parameters only, so the
        // measured calls still meet what the store has not touched yet.
        var first = parameters.Take(1).ToList();
        for (var clock = Stopwatch.StartNew(); ; ) { ours.Run(measure, first); if (clock.Elapsed.TotalMilliseconds >= warmUpMs) break; }
        for (var clock = Stopwatch.StartNew(); ; ) { kuzu.Run(measure, first); if (clock.Elapsed.TotalMilliseconds >= warmUpMs) break; }
        var slice = (parameters.Count + Rounds - 1) / Rounds;
        for (var round = 0; round < Rounds; round++)
        {
            var part = parameters.Skip(round * slice).Take(slice).ToList();
            if (part.Count == 0) break;
            (double[] Times, string[] Answers) a, b;
            if (round % 2 == 0) { a = ours.Run(measure, part); b = kuzu.Run(measure, part); }
            else { b = kuzu.Run(measure, part); a = ours.Run(measure, part); }
            oursTimes.AddRange(a.Times);
            kuzuTimes.AddRange(b.Times);
            for (var i = 0; i < part.Count; i++)
                if (a.Answers[i] != b.Answers[i])
                {
                    mismatches++;
                    example ??= $"({string.Join(", ", part[i])}): ours {a.Answers[i]}, kuzu {b.Answers[i]}";
                }
        }
        table.Add(measure.Label + " (ms)", Median(oursTimes), Median(kuzuTimes), Checked(mismatches, parameters.Count) + (example is null ? "" : " e.g. " + example));
        return mismatches;
    }

    private static string Checked(int mismatches, int count) => mismatches == 0 ? $"{count} equal" : $"{mismatches}/{count} DIFFER";

    private static List<long[]> Many(int count, Func<long[]> next) => Enumerable.Range(0, Math.Max(Rounds, count)).Select(_ => next()).ToList();

    private static long[] DistinctPair(Func<long> next)
    {
        var a = next();
        long b;
        do b = next(); while (b == a);
        return [a, b];
    }

    private static long[] ScoreBand(Random random)
    {
        var low = random.Next(990);
        return [low, low + 10];
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? double.NaN : values[values.Count / 2];
    }

    private static double Megabytes(long bytes) => bytes / 1048576.0;

    private static string NodeVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })!;
            return process.StandardOutput.ReadToEnd().Trim();
        }
        catch (System.ComponentModel.Win32Exception) { return "?"; }
    }

    private static void TryDelete(string folder)
    {
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
