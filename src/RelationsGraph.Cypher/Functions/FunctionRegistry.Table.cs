namespace RelationsGraph.Cypher.Functions;

// Placeholder, replaced by the functions work.
public static partial class FunctionRegistry
{
    public static bool TryGet(string name, out object? function) { function = null; return false; }
}
