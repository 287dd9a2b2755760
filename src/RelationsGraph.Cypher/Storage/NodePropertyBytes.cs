using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// The node properties of a snapshot (and in format 4 the relationship properties) kept as the bytes it stored them in: one block and, per node id, where
/// its record starts (NoRecord: none). A record is decoded when its node is made or a property of it is read
/// without making the node (an index filled at open decodes only its keys) - the lazy-deserialisation pattern
/// of row stores, which keep tuples in page format until a column is asked for. Immutable, so any reader may decode.
/// Record layout (format 2's): [count: 7-bit] then per property [key name#: 7-bit][value as ValueCodec wrote it].
/// </summary>
internal sealed class NodePropertyBytes(byte[] block, int[] recordAt, string[] names)
{
    public const int NoRecord = -1;

    /// <summary>The node's properties as a compact record (nulls dropped), or null when it has none.</summary>
    public PropertyRecord? Decode(int id)
    {
        var at = recordAt[id];
        if (at == NoRecord) return null;
        var reader = new SpanReader(block) { Position = at };
        var count = reader.Read7BitEncodedInt();
        // Straight into the record's arrays (a stored null, rare, shortens them after).
        var keys = new string[count];
        var values = new object?[count];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var key = names[reader.Read7BitEncodedInt()];
            if (reader.ReadValue() is not { } value) continue;
            keys[kept] = key;
            values[kept++] = value;
        }
        if (kept == 0) return null;
        if (kept < count)
        {
            Array.Resize(ref keys, kept);
            Array.Resize(ref values, kept);
        }
        return new PropertyRecord(keys, values);
    }

    /// <summary>The record as a map of its own (nulls dropped), or null when there is none: a relationship's properties (format 4 keeps them as bytes too).</summary>
    public Dictionary<string, object?>? DecodeMap(int id)
    {
        if (Decode(id) is not { } record) return null;
        var map = new Dictionary<string, object?>(record.Count, StringComparer.Ordinal);
        foreach (var (key, value) in record) map[key] = value;
        return map;
    }

    /// <summary>One property of the node, decoding only its value (null: absent).</summary>
    public object? ValueOf(int id, string key)
    {
        var at = recordAt[id];
        if (at == NoRecord) return null;
        var reader = new SpanReader(block) { Position = at };
        for (int i = 0, count = reader.Read7BitEncodedInt(); i < count; i++)
        {
            if (string.Equals(names[reader.Read7BitEncodedInt()], key, StringComparison.Ordinal)) return reader.ReadValue();
            reader.SkipValue();
        }
        return null;
    }

    /// <summary>Whether the node has the property (a stored null counts as absent, as Decode drops it).</summary>
    public bool Has(int id, string key)
    {
        // Asked once per node by a degree scan: the value's tag answers, so nothing is decoded or boxed.
        var at = recordAt[id];
        if (at == NoRecord) return false;
        var reader = new SpanReader(block) { Position = at };
        for (int i = 0, count = reader.Read7BitEncodedInt(); i < count; i++)
        {
            if (string.Equals(names[reader.Read7BitEncodedInt()], key, StringComparison.Ordinal)) return reader.ReadByte() != ValueCodec.Null;
            reader.SkipValue();
        }
        return false;
    }
}
