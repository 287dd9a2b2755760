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
    public static bool AllWithin(ReadOnlySpan<int> values, int length)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<int>.Count)
        {
            var low = new Vector<int>(int.MaxValue);
            var high = new Vector<int>(int.MinValue);
            for (; i <= values.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                var chunk = new Vector<int>(values[i..]);
                low = Vector.Min(low, chunk);
                high = Vector.Max(high, chunk);
            }
            for (var lane = 0; lane < Vector<int>.Count; lane++)
                if (low[lane] < 0 || high[lane] >= length) return false;
        }
        for (; i < values.Length; i++)
            if ((uint)values[i] >= (uint)length) return false;
        return true;
    }
}
