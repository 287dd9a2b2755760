namespace RelationsGraph.Benchmarks;

/// <summary>
/// A deterministic random graph: Person nodes with ids 0..n-1 and distinct directed KNOWS pairs
/// (no self-loops, no duplicates, so MERGE creates exactly one relationship per pair). Average degree = 2m/n.
/// </summary>
public sealed class GeneratedGraph
{
    private GeneratedGraph(int nodeCount, int[] starts, int[] ends)
    {
        NodeCount = nodeCount; Starts = starts; Ends = ends;
    }

    public int NodeCount { get; }
    public int[] Starts { get; }
    public int[] Ends { get; }
    public int RelationshipCount => Starts.Length;

    /// <summary>Hubs: the first ids, one per ten thousand nodes (at least one), that hubShare of the relationships end at (a power-law-like skew).</summary>
    public int HubCount { get; private init; }

    public static GeneratedGraph Create(int nodeCount, int relationshipCount, int seed = 42) =>
        Create(nodeCount, relationshipCount, hubShare: 0, seed);

    public static GeneratedGraph Create(int nodeCount, int relationshipCount, double hubShare, int seed = 42)
    {
        var random = new Random(seed);
        var hubCount = hubShare > 0 ? Math.Max(1, nodeCount / 10_000) : 0;
        var starts = new int[relationshipCount];
        var ends = new int[relationshipCount];
        var seen = new HashSet<long>(relationshipCount);
        for (var i = 0; i < relationshipCount;)
        {
            var a = random.Next(nodeCount);
            var b = hubCount > 0 && random.NextDouble() < hubShare ? random.Next(hubCount) : random.Next(nodeCount);
            if (a == b || !seen.Add((long)a * nodeCount + b)) continue;
            starts[i] = a; ends[i] = b; i++;
        }
        return new GeneratedGraph(nodeCount, starts, ends) { HubCount = hubCount };
    }
}
