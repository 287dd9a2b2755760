using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>x.key, x[i], x[from..to] and label checks over run-time values; a node or relationship is read through the statement's reader.</summary>
internal static class ValueAccess
{
    public static object? Property(IGraphReader reader, object? target, string key)
    {
        switch (target)
        {
            case null: return null;
            case NodeEntity node:
                if (reader.IsDeleted(node)) throw Deleted("node", node.Id);
                return reader.PropertiesOf(node).TryGetValue(key, out var nodeValue) ? nodeValue : null;
            case RelationshipEntity relationship:
                if (reader.IsDeleted(relationship)) throw Deleted("relationship", relationship.Id);
                return reader.PropertiesOf(relationship).TryGetValue(key, out var relationshipValue) ? relationshipValue : null;
            case Dictionary<string, object?> dictionary:
                return dictionary.TryGetValue(key, out var mapValue) ? mapValue : null;
            case TemporalValue temporal:
                return temporal.TryGetComponent(key, out var component) ? component : null;
        }
        if (CypherTypes.AsMap(target) is { } map) return map.TryGetValue(key, out var value) ? value : null;
        throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Type mismatch: expected a map, node or relationship to read property '{key}' from but was {CypherTypes.NameOf(target)}.");
    }

    public static object? Subscript(IGraphReader reader, object? target, object? index)
    {
        if (target is null || index is null) return null;
        index = CypherTypes.Normalize(index);
        switch (target)
        {
            case NodeEntity or RelationshipEntity:
                return index is string key ? Property(reader, target, key)
                    : throw new CypherException("TypeError", "MapElementAccessByNonString", ErrorPhase.Runtime,
                        $"Properties of a {CypherTypes.NameOf(target)} are accessed by String keys, not {CypherTypes.NameOf(index)}.");
        }
        if (CypherTypes.AsMap(target) is { } map)
            return index is string key ? (map.TryGetValue(key, out var value) ? value : null)
                : throw new CypherException("TypeError", "MapElementAccessByNonString", ErrorPhase.Runtime,
                    $"Map elements are accessed by String keys, not {CypherTypes.NameOf(index)}.");
        if (CypherTypes.AsList(target) is { } list)
        {
            if (index is not long position)
                throw new CypherException("TypeError", "ListElementAccessByNonInteger", ErrorPhase.Runtime,
                    $"List elements are accessed by Integer indexes, not {CypherTypes.NameOf(index)}.");
            if (position < 0) position += list.Count;
            return position >= 0 && position < list.Count ? list[(int)position] : null;
        }
        throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Type mismatch: cannot index into a {CypherTypes.NameOf(target)}.");
    }

    public static object? Slice(object? target, object? from, object? to, bool hasFrom, bool hasTo)
    {
        if (target is null || (hasFrom && from is null) || (hasTo && to is null)) return null;
        var list = CypherTypes.AsList(target) ?? throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
            $"Type mismatch: cannot slice a {CypherTypes.NameOf(target)}.");
        var start = hasFrom ? Bound(from, list.Count) : 0;
        var end = hasTo ? Bound(to, list.Count) : list.Count;
        var result = new List<object?>(Math.Max(0, end - start));
        for (var i = start; i < end; i++) result.Add(list[i]);
        return result;
    }

    private static int Bound(object? value, int count)
    {
        if (CypherTypes.Normalize(value) is not long position)
            throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
                $"List slices take Integer bounds, not {CypherTypes.NameOf(value)}.");
        if (position < 0) position += count;
        return (int)Math.Clamp(position, 0, count);
    }

    /// <summary>n:A:B — null for null; for relationships the "labels" are the type.</summary>
    public static object? HasLabels(IGraphReader reader, object? target, string[] labels)
    {
        switch (target)
        {
            case null: return null;
            case NodeEntity node:
                var held = reader.LabelsOf(node);
                foreach (var label in labels)
                    if (!held.Contains(label)) return Truth.False;
                return Truth.True;
            case RelationshipEntity relationship:
                foreach (var label in labels)
                    if (relationship.Type != label) return Truth.False;
                return Truth.True;
            default:
                throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
                    $"Type mismatch: expected a Node but was {CypherTypes.NameOf(target)}.");
        }
    }

    private static CypherException Deleted(string kind, long id) =>
        new("EntityNotFound", "DeletedEntityAccess", ErrorPhase.Runtime, $"The {kind} with id {id} has been deleted in this transaction.");
}
