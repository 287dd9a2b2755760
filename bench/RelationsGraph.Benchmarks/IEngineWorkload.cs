namespace RelationsGraph.Benchmarks;

/// <summary>The measured operations, implemented once over the store API and once through Cypher.</summary>
public interface IEngineWorkload : IDisposable
{
    string Description { get; }
    /// <summary>Loads the graph in batches; returns the relationship count the engine then reports.</summary>
    long Load(GeneratedGraph graph, int batchSize);
    /// <summary>The node with that unique id (its id property back, or -1).</summary>
    long Lookup(long id);
    /// <summary>Neighbour count over KNOWS, either direction.</summary>
    int OneHop(long id);
    /// <summary>Distinct nodes exactly reachable in two KNOWS hops (either direction), excluding the start.</summary>
    int TwoHop(long id);
    /// <summary>Length of a shortest undirected KNOWS path, or -1.</summary>
    int ShortestPath(long from, long to);
}
