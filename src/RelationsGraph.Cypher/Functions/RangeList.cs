using System.Collections;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// The list range() returns: its elements are computed on demand instead of stored, so
/// `UNWIND range(1, 1000000000) AS x` starts producing rows at once (and can be stopped by the
/// query's timeout) rather than first boxing a billion integers into memory.
/// </summary>
internal sealed class RangeList : IReadOnlyList<object?>
{
    private readonly long start;
    private readonly long step;

    private RangeList(long start, long step, int count)
    {
        this.start = start;
        this.step = step;
        Count = count;
    }

    public int Count { get; }

    public object? this[int index] => (uint)index < (uint)Count
        ? start + index * step // cannot overflow: the last element lies between start and end
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The integers from start to end inclusive in steps of step (not zero); empty when step points away from end.</summary>
    public static RangeList Create(long start, long end, long step)
    {
        // Counting in Int128 avoids overflow near long's limits.
        var distance = (Int128)end - start;
        if (distance != 0 && (distance > 0) != (step > 0)) return new RangeList(start, step, 0);
        var count = distance / step + 1;
        if (count > Array.MaxLength)
            throw CypherErrors.NumberOutOfRange(
                $"range(): the list would have {count} elements, more than the {Array.MaxLength} a list can hold.");
        return new RangeList(start, step, (int)count);
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return start + i * step;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
