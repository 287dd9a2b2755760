using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// Copies run-time values into the public result model while the transaction still holds the graph:
/// nodes, relationships and paths become immutable records, lists and maps read-only copies.
/// The copy is where a lazy range() or a shared sub-list would become real memory, so it is also
/// where the result is measured: each value against MaxValueBytes, the whole result against
/// MaxResultBytes, and both against the statement's memory limit, before anything large is allocated.
/// </summary>
internal sealed class ResultMaterializer(QueryOptions options, ExecutionContext context)
{
    private readonly long maxValue = options.MaxValueBytes ?? long.MaxValue;
    private readonly long maxResult = options.MaxResultBytes ?? long.MaxValue;
    private long resultBytes;
    private long valueBytes;
    private int additions;

    /// <summary>Bytes of the result so far, as estimated.</summary>
    public long ResultBytes => resultBytes;

    public object? MaterializeColumn(object? value)
    {
        valueBytes = 0;
        var copy = Materialize(value, 0);
        resultBytes += valueBytes;
        if (resultBytes > maxResult) throw ResultTooLarge();
        context.Memory.Charge(valueBytes);
        return copy;
    }

    private void Add(long bytes)
    {
        // A value shared many times over (reduce(l = [1], x IN range(1, 40) | [l, l])) is small in memory
        // yet huge when copied: the copy watches the clock as well as the size.
        if ((++additions & 4095) == 0) context.CheckNow();
        valueBytes += bytes;
        if (valueBytes > maxValue) throw ValueTooLarge();
        if (resultBytes + valueBytes > maxResult) throw ResultTooLarge();
        context.Memory.CheckBuilding(valueBytes);
    }

    private object? Materialize(object? value, int depth)
    {
        if (depth > ValueSize.MaxDepth) throw ValueSize.TooDeep();
        switch (value)
        {
            case null or bool or long or double:
                Add(ValueSize.Scalar);
                return value;
            case string text:
                Add(ValueSize.OfString(text.Length));
                return text;
            case NodeEntity node:
                Add(96);
                return ToNode(node, depth);
            case RelationshipEntity relationship:
                Add(96);
                return ToRelationship(relationship, depth);
            case PathValue path:
                Add(48);
                return new Path(path.Nodes.Select(n => ToNode(n, depth)).ToArray(), path.Relationships.Select(r => ToRelationship(r, depth)).ToArray());
            case int or short or byte or float:
                Add(ValueSize.Scalar);
                return CypherTypes.Normalize(value);
            case IReadOnlyDictionary<string, object?> map:
                return Map(map, depth);
            case IDictionary<string, object?> map:
                return Map(map.AsReadOnly(), depth);
            case Values.Temporal.TemporalValue:
                Add(ValueSize.Scalar * 2);
                return value;
        }
        if (CypherTypes.AsList(value) is not { } list) return value;
        // Sized before the array is allocated: range(0, 100000000) stops here, not in an OutOfMemoryException.
        Add(ValueSize.OfList(list.Count) - list.Count * (long)ValueSize.Scalar);
        var copy = new object?[list.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            if ((i & 4095) == 4095) context.CheckNow();
            copy[i] = Materialize(list[i], depth + 1);
        }
        return copy;
    }

    private Dictionary<string, object?> Map(IReadOnlyDictionary<string, object?> map, int depth)
    {
        Add(64);
        var copy = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            Add(32 + ValueSize.OfString(key.Length));
            copy[key] = Materialize(item, depth + 1);
        }
        return copy;
    }

    // An entity becomes a record of what the statement's reader sees of it.
    private Node ToNode(NodeEntity node, int depth) =>
        new(node.ElementId, context.Reader.LabelsOf(node).ToArray(), Map(context.Reader.PropertiesOf(node), depth + 1));

    private Relationship ToRelationship(RelationshipEntity relationship, int depth) =>
        new(relationship.ElementId, relationship.Type, context.Reader.StartOf(relationship).ElementId, context.Reader.EndOf(relationship).ElementId,
            Map(context.Reader.PropertiesOf(relationship), depth + 1));

    private CypherException ValueTooLarge() => new("MemoryLimit", "ValueTooLarge", ErrorPhase.Runtime,
        $"A value of the result is larger than the limit of {MemoryTracker.Describe(maxValue)} for one value; it was not returned. " +
        "Return a part of it (a slice, size(), a LIMIT) instead (the limit is the MaxValueBytes query option).");

    private CypherException ResultTooLarge() => new("MemoryLimit", "ResultTooLarge", ErrorPhase.Runtime,
        $"The result is larger than its limit of {MemoryTracker.Describe(maxResult)}; it was not returned. " +
        "Return fewer rows or smaller values (the limit is the MaxResultBytes query option).");
}
