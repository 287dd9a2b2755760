namespace RelationsGraph.Cypher.Functions;

// CONTRACT (owned by Functions/): the semantic analyzer asks Contains for UnknownFunction checks;
// the executor asks TryGet and invokes. Aggregate functions (count, sum, avg, min, max, collect,
// stDev, stDevP, percentileCont, percentileDisc) belong to the executor and are not listed here.
public static partial class FunctionRegistry
{
    /// <summary>Whether a scalar function of that (case-insensitive, possibly namespaced) name exists.</summary>
    public static bool Contains(string name) => TryGet(name, out _);
}
