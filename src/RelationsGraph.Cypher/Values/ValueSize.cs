using RelationsGraph.Cypher.Functions;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Values;

/// <summary>
/// Rough sizes of run-time values in bytes, as the .NET heap holds them (a boxed long is 24 bytes,
/// a list slot 8 more), for the memory tracker and the result caps. Estimating stops as soon as the
/// running total passes the given cap, so sizing a huge list costs no more than the cap allows.
/// </summary>
internal static class ValueSize
{
    public const int Scalar = 24;
    public const int Slot = 8;
    /// <summary>A list element: its slot and, for numbers, the box.</summary>
    public const int ListElement = Slot + Scalar;
    /// <summary>Values nested deeper than this are refused rather than walked (the walk would overflow the stack).</summary>
    public const int MaxDepth = 1000;

    public static long Of(object? value, long cap = long.MaxValue) => Of(value, cap, 0);

    public static long OfString(int length) => 24 + 2L * length;

    public static long OfList(long count) => 32 + count * ListElement;

    private static long Of(object? value, long cap, int depth)
    {
        if (depth > MaxDepth) throw TooDeep();
        switch (value)
        {
            case null or bool: return Slot;
            case string text: return OfString(text.Length);
            case RangeList: return 48; // computed on demand, not stored
            case NodeEntity or RelationshipEntity: return 96;
            case PathValue path: return 48 + 96L * (path.Nodes.Count + path.Relationships.Count);
            case Dictionary<string, object?> dictionary:
            {
                // The concrete type first: its struct enumerator allocates nothing (bulk-load rows are sized once each).
                long total = 64;
                foreach (var (key, item) in dictionary)
                {
                    total += 32 + OfString(key.Length) + Of(item, cap - total, depth + 1);
                    if (total > cap) return total;
                }
                return total;
            }
            case IReadOnlyDictionary<string, object?> map:
            {
                long total = 64;
                foreach (var (key, item) in map)
                {
                    total += 32 + OfString(key.Length) + Of(item, cap - total, depth + 1);
                    if (total > cap) return total;
                }
                return total;
            }
            case IReadOnlyList<object?> list:
            {
                long total = 32;
                foreach (var item in list)
                {
                    total += Slot + Of(item, cap - total, depth + 1);
                    if (total > cap) return total;
                }
                return total;
            }
            default: return Scalar;
        }
    }

    public static CypherException TooDeep() => new("MemoryLimit", "ValueTooDeep", ErrorPhase.Runtime,
        $"A value is nested more than {MaxDepth} levels deep (lists or maps inside each other); it cannot be returned or compared.");
}
