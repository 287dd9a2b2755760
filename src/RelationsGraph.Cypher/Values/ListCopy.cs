namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Copies a list (often a lazy range() of millions) into a new one, sized up front and watching the
/// statement's deadline as it goes: boxing ten million integers takes long enough to outlast a limit.
/// </summary>
internal static class ListCopy
{
    public static List<object?> Of(IReadOnlyList<object?> source, int skip = 0, int extraCapacity = 0)
    {
        var count = Math.Max(0, source.Count - skip);
        MemoryTracker.Building(ValueSize.OfList(count + (long)extraCapacity));
        var copy = new List<object?>(count + extraCapacity);
        AppendTo(copy, source, skip);
        return copy;
    }

    public static void AppendTo(List<object?> target, IReadOnlyList<object?> source, int skip = 0)
    {
        for (var i = skip; i < source.Count; i++)
        {
            if ((i & 0xFFFF) == 0xFFFF) StatementDeadline.ThrowIfPassed();
            target.Add(source[i]);
        }
    }
}
