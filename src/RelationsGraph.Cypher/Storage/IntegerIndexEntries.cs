using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The entries of a single-key index whose keys are all integers, as a snapshot stored them: node ids
/// sorted by key (then id) beside their keys, sought by binary search. Opening reads the two arrays as
/// blocks instead of building a hash entry, a boxed key and a boxed id per node - the sorted, immutable
/// base of an LSM-style index; entries written since live in the index's own table (see
/// <see cref="PropertyIndex"/>). Never changed, so readers share it without locks; a node that left its key
/// stays listed, so holders are re-checked as for every index candidate.
/// </summary>
internal sealed class IntegerIndexEntries
{
    private readonly long[] keys;
    private readonly int[] ids;

    /// <summary>keys and ids of one length, ordered by key then id (checked: a snapshot's blocks come here unchecked).</summary>
    public IntegerIndexEntries(long[] keys, int[] ids)
    {
        if (keys.Length != ids.Length) throw new InvalidDataException($"An index block of {keys.Length} keys and {ids.Length} node ids.");
        for (var i = 1; i < keys.Length; i++)
            if (keys[i] < keys[i - 1] || (keys[i] == keys[i - 1] && ids[i] <= ids[i - 1]))
                throw new InvalidDataException($"Index entry {i} is out of order.");
        this.keys = keys;
        this.ids = ids;
    }

    public int Count => keys.Length;
    public ReadOnlySpan<long> Keys => keys;
    public ReadOnlySpan<int> Ids => ids;

    /// <summary>
    /// The integer a sought key is equivalent to (a long, or a double with no fraction in range: 1.0 finds 1,
    /// as <see cref="CypherEquivalence"/> has it); false for every other key, which no entry here can hold.
    /// </summary>
    public static bool TryInteger(object key, out long value)
    {
        switch (CypherTypes.Normalize(key))
        {
            case long integer:
                value = integer;
                return true;
            case double real when real == Math.Floor(real) && real >= -9223372036854775808.0 && real < 9223372036854775808.0:
                value = (long)real;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>The node ids holding key when the snapshot was written (empty when none).</summary>
    public ReadOnlySpan<int> Holders(long key)
    {
        var first = LowerBound(key);
        var end = first;
        while (end < keys.Length && keys[end] == key) end++;
        return ids.AsSpan(first, end - first);
    }

    /// <summary>Whether the snapshot listed node id under key.</summary>
    public bool Lists(long key, long id) => id <= int.MaxValue && Holders(key).Contains((int)id);

    private int LowerBound(long key)
    {
        int low = 0, high = keys.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (keys[middle] < key) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
