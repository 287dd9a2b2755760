namespace RelationsGraph.Benchmarks;

/// <summary>The benchmark's graph size and the choice of engine.</summary>
public static class Workloads
{
    public const int NodeCount = 100_000;
    public const int RelationshipCount = 1_000_000;

    /// <summary>"cypher" (falling back to the store API, with a note, while the executor is a placeholder) or "store".</summary>
    public static IEngineWorkload Create(string engine)
    {
        if (engine == "store") return new StoreWorkload();
        if (CypherWorkload.IsAvailable()) return new CypherWorkload();
        Console.Error.WriteLine("note: the Cypher executor is not available; measuring the storage API directly instead");
        return new StoreWorkload();
    }
}
