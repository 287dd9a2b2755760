using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// (label, keys) → value → nodes, for an index or a unique constraint. A node is indexed only when it has
/// the label and every key. Single-key indexes key on the value itself, composite ones on an object?[] tuple.
/// Keys compare with Cypher equivalence (1 and 1.0 are one key). A bucket holds one NodeEntity directly,
/// or a HashSet once a value is shared, to keep unique keys cheap.
/// </summary>
internal sealed class PropertyIndex
{
    private readonly Dictionary<object, object> buckets = new(CypherEquivalence.Instance);

    public PropertyIndex(string label, IReadOnlyList<string> keys, bool unique)
    {
        Label = label; Keys = keys.ToArray(); IsUnique = unique;
    }

    public string Label { get; }
    public IReadOnlyList<string> Keys { get; }
    public bool IsUnique { get; }

    public bool Covers(string label, IReadOnlyList<string> keys) =>
        Label == label && Keys.SequenceEqual(keys, StringComparer.Ordinal);

    /// <summary>Covers(label, [key]) without building the list.</summary>
    public bool CoversSingle(string label, string key) =>
        Keys.Count == 1 && string.Equals(Label, label, StringComparison.Ordinal) && string.Equals(Keys[0], key, StringComparison.Ordinal);

    public bool Mentions(string key) => Keys.Contains(key, StringComparer.Ordinal);

    /// <summary>The node's key for this index, or null when the node is not indexed here.</summary>
    public object? KeyOf(NodeEntity node) => node.LabelSet.Contains(Label) ? KeyOf(node.Properties) : null;

    /// <summary>The key these properties would have, or null when one is missing.</summary>
    public object? KeyOf(IReadOnlyDictionary<string, object?> properties) => KeyOf(properties, null, null);

    /// <summary>The key the properties would have with key changedKey set to changedValue (null: removed).</summary>
    public object? KeyOf(IReadOnlyDictionary<string, object?> properties, string? changedKey, object? changedValue)
    {
        if (Keys.Count == 1) return Value(Keys[0]);
        var tuple = new object?[Keys.Count];
        for (var i = 0; i < tuple.Length; i++)
            if ((tuple[i] = Value(Keys[i])) is null) return null;
        return tuple;

        object? Value(string key) => key == changedKey ? changedValue : properties.GetValueOrDefault(key);
    }

    public IEnumerable<NodeEntity> Seek(object key) => buckets.TryGetValue(key, out var bucket)
        ? bucket as HashSet<NodeEntity> ?? (IEnumerable<NodeEntity>)[(NodeEntity)bucket]
        : [];

    /// <summary>Another node already holding key, if any (the unique-constraint check).</summary>
    public NodeEntity? Holder(object key, NodeEntity? except)
    {
        if (!buckets.TryGetValue(key, out var bucket)) return null;
        if (bucket is NodeEntity single) return ReferenceEquals(single, except) ? null : single;
        return ((HashSet<NodeEntity>)bucket).FirstOrDefault(n => !ReferenceEquals(n, except));
    }

    public void Add(object key, NodeEntity node)
    {
        if (!buckets.TryGetValue(key, out var bucket)) { buckets[key] = node; return; }
        if (bucket is HashSet<NodeEntity> set) { set.Add(node); return; }
        if (!ReferenceEquals(bucket, node)) buckets[key] = new HashSet<NodeEntity> { (NodeEntity)bucket, node };
    }

    public void Remove(object key, NodeEntity node)
    {
        if (!buckets.TryGetValue(key, out var bucket)) return;
        if (bucket is HashSet<NodeEntity> set)
        {
            set.Remove(node);
            if (set.Count == 1) buckets[key] = set.First();
            return;
        }
        if (ReferenceEquals(bucket, node)) buckets.Remove(key);
    }

    public void Add(NodeEntity node)
    {
        if (KeyOf(node) is { } key) Add(key, node);
    }

    public void Remove(NodeEntity node)
    {
        if (KeyOf(node) is { } key) Remove(key, node);
    }
}
