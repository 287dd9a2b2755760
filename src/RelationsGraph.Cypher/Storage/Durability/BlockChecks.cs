using System.Numerics;

namespace RelationsGraph.Cypher.Storage.Durability;

/// <summary>
/// Whole-block checks for opening a snapshot, a vector at a time: a million ids are checked against a bound
/// in a fraction of a millisecond, where a lookup per id costs milliseconds. Callers fall back to their
/// per-element check (which names the culprit) when a block fails, or when the bound alone does not decide.
/// </summary>
internal static class BlockChecks
{
    /// <summary>Whether every value lies in [0, length).</summary>
    public static bool AllWithin(ReadOnlySpan<int> values, int length) => AllBetween(values, 0, length);

    /// <summary>Whether every value lies in [0, length) or is -1 (no record, no row).</summary>
    public static bool AllWithinOrMinusOne(ReadOnlySpan<int> values, int length) => AllBetween(values, -1, length);

    /// <summary>Whether every value lies in [low, high).</summary>
    private static bool AllBetween(ReadOnlySpan<int> values, int low, int high)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<int>.Count)
        {
            var least = new Vector<int>(int.MaxValue);
            var most = new Vector<int>(int.MinValue);
            for (; i <= values.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                var chunk = new Vector<int>(values[i..]);
                least = Vector.Min(least, chunk);
                most = Vector.Max(most, chunk);
            }
            for (var lane = 0; lane < Vector<int>.Count; lane++)
                if (least[lane] < low || most[lane] >= high) return false;
        }
        for (; i < values.Length; i++)
            if (values[i] < low || values[i] >= high) return false;
        return true;
    }
}
