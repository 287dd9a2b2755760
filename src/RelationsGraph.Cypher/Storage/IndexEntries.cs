using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// A property index's key → entry map. Integer keys, and floats equal to an integer (the same key under Cypher
/// equivalence: 1 ≡ 1.0), live in a map keyed by the long itself; every other key (strings, other floats,
/// composite tuples) in a map compared by Cypher equivalence. Bulk loads seek by integer id once or twice a
/// row, and the general map's boxed key is one more trip across the heap on every seek (the integer map
/// keeps its keys in one array, see <see cref="IntegerEntryMap"/>). Readers look up without locks while the
/// single writer changes it, as with one concurrent map.
/// </summary>
internal sealed class IndexEntries
{
    private readonly IntegerEntryMap integers = new();
    private ConcurrentDictionary<object, object> others = new(CypherEquivalence.Instance);
    private int reserved;

    public bool IsEmpty => integers.IsEmpty && others.IsEmpty;

    /// <summary>Room for count keys, made when the first key arrives (in the map that key belongs to): for an empty index before any reader.</summary>
    public void Reserve(int count)
    {
        if (IsEmpty && count > 0) reserved = count;
    }

    public bool TryGetValue(object key, [MaybeNullWhen(false)] out object entry) =>
        AsInteger(key, out var integer) ? integers.TryGetValue(integer, out entry) : others.TryGetValue(key, out entry);

    /// <summary>TryGetValue of an integer key, with no box made for it.</summary>
    public bool TryGetInteger(long key, [MaybeNullWhen(false)] out object entry) => integers.TryGetValue(key, out entry);

    public object this[object key]
    {
        set
        {
            if (AsInteger(key, out var integer))
            {
                if (reserved > 0 && integers.IsEmpty) integers.Reserve(reserved);
                reserved = 0;
                integers.Set(integer, value);
                return;
            }
            if (reserved > 0 && others.IsEmpty) others = new ConcurrentDictionary<object, object>(Environment.ProcessorCount, reserved, CypherEquivalence.Instance);
            reserved = 0;
            others[key] = value;
        }
    }

    public bool TryRemove(object key, [MaybeNullWhen(false)] out object entry) =>
        AsInteger(key, out var integer) ? integers.TryRemove(integer, out entry) : others.TryRemove(key, out entry);

    /// <summary>The key as the long it is equivalent to, when it is one (an integral float in range hashes as that long in CypherEquivalence too).</summary>
    private static bool AsInteger(object key, out long integer)
    {
        switch (key)
        {
            case long l:
                integer = l;
                return true;
            case int i:
                integer = i;
                return true;
            case double d when d == Math.Floor(d) && d >= long.MinValue && d < 9223372036854775808.0:
                integer = (long)d;
                return true;
            default:
                integer = 0;
                return false;
        }
    }
}
