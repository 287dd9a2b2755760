namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Counts how deep the recursive value walks (equality, equivalence and its hash, comparison,
/// ordering) have gone on this thread: reduce(l = [], x IN range(1, 100000) | [l]) builds a value
/// 100,000 levels deep in a few milliseconds, and comparing it must end in a Cypher error, not in a
/// stack overflow that takes the whole process down.
/// </summary>
internal static class NestingGuard
{
    [ThreadStatic] private static int depth;

    public static Level Enter()
    {
        if (++depth > ValueSize.MaxDepth)
        {
            depth = 0; // the exception unwinds every level without passing through Dispose
            throw ValueSize.TooDeep();
        }
        return default;
    }

    public readonly struct Level : IDisposable
    {
        public void Dispose() => depth = Math.Max(0, depth - 1);
    }
}
