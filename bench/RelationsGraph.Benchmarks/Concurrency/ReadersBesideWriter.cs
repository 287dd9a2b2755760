using System.Diagnostics;
using System.Globalization;
using RelationsGraph.Benchmarks.Peer;
using RelationsGraph.Cypher;

namespace RelationsGraph.Benchmarks.Concurrency;

/// <summary>
/// Readers beside a writer (`--concurrency`): the generated graph is loaded and saved, then N reader
/// threads run a mix of unique lookups and 1-hop counts through Cypher for a fixed time, first alone,
/// then while one writer loads more relationships (UNWIND $rows ... MERGE in batches). Each reader
/// pauses a little between queries (a page asking, not a tight loop), so the machine is not simply
/// saturated by readers. Prints reader latency percentiles for both phases, the longest reader call,
/// and the writer's longest transaction: under snapshot reads (MVCC) no reader waits for a writer,
/// so no reader call should come near the writer's transaction time.
/// </summary>
public static class ReadersBesideWriter
{
    private const double HubShare = 0.02;
    private const int WriterBatch = 10_000;
    private const string WriterStatement = "UNWIND $rows AS r MATCH (a:Person {id: r.a}), (b:Person {id: r.b}) MERGE (a)-[:KNOWS]->(b)";

    public static int Run(int relationshipCount, int readers, double seconds, double pauseMs)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rg-conc-" + Guid.NewGuid().ToString("N")[..8]);
        var nodeCount = Math.Max(100, relationshipCount / 10);
        try
        {
            var graph = GeneratedGraph.Create(nodeCount, relationshipCount, HubShare);
            var csv = GraphCsv.Write(graph, System.IO.Path.Combine(root, "csv"));
            var directory = System.IO.Path.Combine(root, "store");
            using (var peer = new EmbeddedPeer(directory)) peer.Load(csv);
            using var database = GraphDatabase.Open(directory);
            Console.WriteLine($"{relationshipCount:N0} relationships, {nodeCount:N0} nodes; {readers} readers (lookup and 1-hop count, {pauseMs} ms pause between calls), {seconds} s per phase, {Environment.ProcessorCount} cores");

            Warm(database, nodeCount);
            var alone = Phase(database, nodeCount, readers, seconds, pauseMs, writer: null);
            var extra = GeneratedGraph.Create(nodeCount, relationshipCount, 0, seed: 4242); // pairs to MERGE: mostly new relationships
            var writer = new MergeWriter(database, extra);
            var beside = Phase(database, nodeCount, readers, seconds, pauseMs, writer);

            Console.WriteLine($"| {"phase",-22} | {"calls",8} | {"p50 ms",8} | {"p99 ms",8} | {"p99.9 ms",8} | {"max ms",8} | {"GC pause ms",11}");
            alone.Print("readers alone");
            beside.Print("readers beside writer");
            Console.WriteLine($"writer: {writer.Merged:N0} relationships merged in {writer.Transactions} transactions ({writer.Merged / seconds:N0} rels/s), longest transaction {writer.LongestMs:F0} ms");
            Console.WriteLine($"longest reader call beside the writer: {beside.Max:F1} ms ({(beside.Max < writer.LongestMs ? "shorter than any wait for the writer's transaction could be" : "AS LONG AS A WRITER TRANSACTION: a reader may have waited")})");
            var during = beside.InsideOneWrite;
            Console.WriteLine(during.Length == 0 ? "no reader call fell wholly inside a write statement"
                : $"{during.Length:N0} reader calls began and were answered inside one open write statement (so waited for no writer): p50 {during[during.Length / 2]:F3} ms, p99 {during[Math.Min(during.Length - 1, (int)(0.99 * during.Length))]:F3} ms, max {during[^1]:F1} ms");
            Console.WriteLine($"p99 beside writer / alone: {beside.P99 / alone.P99:F2}");
            return 0;
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static void Warm(GraphDatabase database, int nodeCount)
    {
        for (var i = 0; i < 200; i++) Ask(database, i % 2 == 0, i % nodeCount);
    }

    private static PhaseResult Phase(GraphDatabase database, int nodeCount, int readers, double seconds, double pauseMs, MergeWriter? writer)
    {
        using var stop = new CancellationTokenSource();
        var latencies = new List<double>[readers];
        var inside = new List<double>[readers];
        var threads = new Thread[readers];
        var pauseBefore = GC.GetTotalPauseDuration();
        for (var r = 0; r < readers; r++)
        {
            var mine = latencies[r] = new List<double>(100_000);
            var mineInside = inside[r] = [];
            var seed = r;
            threads[r] = new Thread(() => ReaderLoop(database, nodeCount, seed, pauseMs, writer, mine, mineInside, stop.Token)) { IsBackground = true };
        }
        foreach (var thread in threads) thread.Start();
        var writing = writer is null ? null : new Thread(() => writer.Loop(stop.Token)) { IsBackground = true };
        writing?.Start();
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        stop.Cancel();
        foreach (var thread in threads) thread.Join();
        writing?.Join();
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        var during = inside.SelectMany(l => l).ToArray();
        Array.Sort(during);
        return new PhaseResult(all, (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds) { InsideOneWrite = during };
    }

    private static void ReaderLoop(GraphDatabase database, int nodeCount, int seed, double pauseMs, MergeWriter? writer,
        List<double> latencies, List<double> insideOneWrite, CancellationToken stop)
    {
        var random = new Random(seed);
        while (!stop.IsCancellationRequested)
        {
            var writeBefore = writer?.OpenStatement ?? 0;
            var started = Stopwatch.GetTimestamp();
            Ask(database, random.Next(2) == 0, random.Next(nodeCount));
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            latencies.Add(ms);
            // Begun and answered while one and the same write statement was open: it did not wait for that writer.
            if (writeBefore != 0 && writer!.OpenStatement == writeBefore) insideOneWrite.Add(ms);
            if (pauseMs > 0) Thread.Sleep(TimeSpan.FromMilliseconds(pauseMs * (0.5 + random.NextDouble())));
        }
    }

    private static void Ask(GraphDatabase database, bool lookup, long id)
    {
        var measure = lookup ? PeerMeasure.Lookup : PeerMeasure.OneHop;
        var rows = database.Execute(measure.Cypher, new Dictionary<string, object?> { ["a"] = id }).Rows;
        if (rows.Count != 1) throw new InvalidOperationException($"{measure.Label} of {id} gave {rows.Count} rows");
    }

    private sealed record PhaseResult(double[] Sorted, double GcPauseMs)
    {
        /// <summary>Latencies of the calls that began and ended inside one open write statement, sorted.</summary>
        public double[] InsideOneWrite { get; init; } = [];

        public double P99 => Percentile(0.99);
        public double Max => Sorted.Length == 0 ? double.NaN : Sorted[^1];

        public double Percentile(double p) => Sorted.Length == 0 ? double.NaN : Sorted[Math.Min(Sorted.Length - 1, (int)(p * Sorted.Length))];

        public void Print(string phase) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {phase,-22} | {Sorted.Length,8:N0} | {Percentile(0.5),8:F3} | {P99,8:F3} | {Percentile(0.999),8:F3} | {Max,8:F1} | {GcPauseMs,11:F0}"));
    }

    /// <summary>The one writer: MERGE batches of the extra pairs, round and round, until stopped; times each transaction.</summary>
    private sealed class MergeWriter(GraphDatabase database, GeneratedGraph pairs)
    {
        private long open;

        /// <summary>The number of the write statement running now (1, 2, ...), or 0 between statements.</summary>
        public long OpenStatement => Interlocked.Read(ref open);

        public long Merged { get; private set; }
        public int Transactions { get; private set; }
        public double LongestMs { get; private set; }

        public void Loop(CancellationToken stop)
        {
            for (var first = 0; !stop.IsCancellationRequested; first = (first + WriterBatch) % pairs.RelationshipCount)
            {
                var rows = new List<object?>(WriterBatch);
                for (var i = first; i < Math.Min(pairs.RelationshipCount, first + WriterBatch); i++)
                    rows.Add(new Dictionary<string, object?> { ["a"] = (long)pairs.Starts[i], ["b"] = (long)pairs.Ends[i] });
                Interlocked.Exchange(ref open, Transactions + 1);
                var started = Stopwatch.GetTimestamp();
                database.Execute(WriterStatement, new Dictionary<string, object?> { ["rows"] = rows });
                Interlocked.Exchange(ref open, 0);
                LongestMs = Math.Max(LongestMs, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Merged += rows.Count;
                Transactions++;
            }
        }
    }
}
