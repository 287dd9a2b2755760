// Engine benchmark. Quick mode prints medians against the targets in seconds:
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- --quick [--engine cypher|store] [--nodes N] [--rels M] [--samples K]
// Side by side with Kuzu (after `npm ci --prefix bench/kuzu`), a scale series with ratios ours / Kuzu:
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- --peer kuzu [--scales 10k,100k,1M] [--10m] [--samples K] [--open-runs N] [--merge-rels N] [--keep] [--measures shortestPath,twoHop,...] [--warm-up-ms MS]
// Load rates alone (storage API, LOAD CSV, UNWIND ... MERGE), with the peak working set:
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- --load-rates [--rels 1M] [--loads store,csv,merge] [--keep]
// Readers beside a writer: reader latency percentiles alone and while one writer MERGEs batches:
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- --concurrency [--rels 1M] [--readers 50] [--seconds 10] [--pause-ms 2]
// Without --quick or --peer, BenchmarkDotNet runs EngineBenchmarks with its usual options, e.g. -- --job short --inProcess --filter *OneHop*
using BenchmarkDotNet.Running;
using RelationsGraph.Benchmarks;
using RelationsGraph.Benchmarks.Peer;

if (args.Length == 3 && args[0] == "--open-probe")
{
    Console.WriteLine(EmbeddedPeer.Probe(args[1], long.Parse(args[2])));
    return 0;
}

if (args.Contains("--peer"))
{
    if (Option("--peer", "kuzu") != "kuzu") { Console.Error.WriteLine("the only peer is kuzu"); return 2; }
    var scales = Option("--scales", "10k,100k,1M").Split(',').Select(ParseCount).ToList();
    if (args.Contains("--10m")) scales.Add(10_000_000);
    return PeerBenchmark.Run(scales, int.Parse(Option("--samples", "200")), int.Parse(Option("--open-runs", "3")),
        int.Parse(Option("--merge-rels", "5000")), args.Contains("--keep"),
        args.Contains("--measures") ? Option("--measures", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
        double.Parse(Option("--warm-up-ms", "0"), System.Globalization.CultureInfo.InvariantCulture));
}

if (args.Contains("--load-rates"))
    return RelationsGraph.Benchmarks.Load.LoadRates.Run(ParseCount(Option("--rels", "1M")), Option("--loads", "store,csv,merge").Split(','), args.Contains("--keep"));

if (args.Contains("--concurrency"))
    return RelationsGraph.Benchmarks.Concurrency.ReadersBesideWriter.Run(ParseCount(Option("--rels", "1M")), int.Parse(Option("--readers", "50")),
        double.Parse(Option("--seconds", "10"), System.Globalization.CultureInfo.InvariantCulture), double.Parse(Option("--pause-ms", "2"), System.Globalization.CultureInfo.InvariantCulture));

if (!args.Contains("--quick"))
{
    BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
    return 0;
}

var engine = Option("--engine", "cypher");
var nodes = int.Parse(Option("--nodes", Workloads.NodeCount.ToString()));
var relationships = int.Parse(Option("--rels", Workloads.RelationshipCount.ToString()));
var samples = int.Parse(Option("--samples", "500"));
using var workload = Workloads.Create(engine);
return QuickRunner.Run(workload, nodes, relationships, samples);

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static int ParseCount(string text)
{
    text = text.Trim().ToLowerInvariant();
    var factor = text.EndsWith('k') ? 1_000 : text.EndsWith('m') ? 1_000_000 : 1;
    return int.Parse(factor == 1 ? text : text[..^1]) * factor;
}
