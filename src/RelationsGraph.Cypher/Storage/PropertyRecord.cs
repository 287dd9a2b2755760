using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// A node's properties as a snapshot loaded them: one values array beside a key array shared by every
/// record with the same keys in the same order (the "shape" or hidden class of dynamic-language runtimes),
/// about a third of a dictionary's size and two allocations fewer. Read-only: the first change turns it into
/// a dictionary (see NodeEntity.PropertyMap). Lookups compare keys in order, reference first, which for
/// the few keys a node has beats hashing.
/// </summary>
internal sealed class PropertyRecord(string[] keys, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public int Count => keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => keys;
    public IEnumerable<object?> Values => values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The key and value at a position (0 to Count - 1): a pass over the record without an enumerator object.</summary>
    public string KeyAt(int at) => keys[at];
    public object? ValueAt(int at) => values[at];

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? values[at] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++) yield return new(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < keys.Length; i++)
            if (ReferenceEquals(keys[i], key)) return i;
        for (var i = 0; i < keys.Length; i++)
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
