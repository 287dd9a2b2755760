// Engine benchmark. Quick mode prints medians against the targets in seconds:
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- --quick [--engine cypher|store] [--nodes N] [--rels M] [--samples K]
// Without --quick, BenchmarkDotNet runs EngineBenchmarks with its usual options, e.g. -- --job short --inProcess --filter *OneHop*
using BenchmarkDotNet.Running;
using RelationsGraph.Benchmarks;

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
