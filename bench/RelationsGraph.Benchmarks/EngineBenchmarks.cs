using BenchmarkDotNet.Attributes;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// BenchmarkDotNet's view of the read operations on the loaded 100k/1M graph (the load itself is timed by the quick mode).
/// Each case loads the graph once in its setup, so prefer a short job: `-- --job short --inProcess`.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private IEngineWorkload workload = null!;
    private Random random = null!;

    /// <summary>"cypher" or "store"; cypher falls back to the store API while the executor is unavailable.</summary>
    [Params("cypher", "store")]
    public string Engine { get; set; } = "cypher";

    [GlobalSetup]
    public void Setup()
    {
        workload = Workloads.Create(Engine);
        workload.Load(GeneratedGraph.Create(Workloads.NodeCount, Workloads.RelationshipCount), batchSize: 10_000);
        random = new Random(7);
    }

    [GlobalCleanup]
    public void Cleanup() => workload.Dispose();

    [Benchmark] public long UniqueLookup() => workload.Lookup(random.Next(Workloads.NodeCount));
    [Benchmark] public int OneHop() => workload.OneHop(random.Next(Workloads.NodeCount));
    [Benchmark] public int TwoHop() => workload.TwoHop(random.Next(Workloads.NodeCount));
    [Benchmark] public int ShortestPath() => workload.ShortestPath(random.Next(Workloads.NodeCount), random.Next(Workloads.NodeCount));
}
