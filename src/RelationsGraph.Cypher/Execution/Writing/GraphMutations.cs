using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Writing;

/// <summary>Every change the writing clauses make goes through here, so the statistics are counted in one place, the way the TCK counts them.</summary>
internal static class GraphMutations
{
    public static NodeEntity CreateNode(ExecutionContext context, string[] labels, IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        NeoStorableValues.CheckAll(properties);
        // What a write adds to the transaction (the entity, its undo record, its index entries) is memory the statement holds.
        context.Memory.Charge(TransactionStateBytes + SizeOf(properties));
        var node = context.RequireWriter().CreateNode(labels, properties);
        context.Statistics.NodesCreated++;
        context.Statistics.LabelsAdded += context.Reader.LabelsOf(node).Count;
        context.Statistics.PropertiesSet += context.Reader.PropertiesOf(node).Count;
        return node;
    }

    public static RelationshipEntity CreateRelationship(ExecutionContext context, NodeEntity start, NodeEntity end, string type, IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        NeoStorableValues.CheckAll(properties);
        context.Memory.Charge(TransactionStateBytes + SizeOf(properties));
        var relationship = context.RequireWriter().CreateRelationship(start, end, type, properties);
        context.Statistics.RelationshipsCreated++;
        context.Statistics.PropertiesSet += context.Reader.PropertiesOf(relationship).Count;
        return relationship;
    }

    /// <summary>SET x.key = value on a node or relationship; null removes. A null target is ignored.</summary>
    public static void SetProperty(ExecutionContext context, object? target, string key, object? value)
    {
        value = CypherTypes.Normalize(value);
        if (target is not null) NeoStorableValues.Check(value);
        switch (target)
        {
            case null: return;
            case NodeEntity node:
                EnsureLive(context.Reader.IsDeleted(node), "node", node.Id);
                Count(context, context.Reader.PropertiesOf(node).ContainsKey(key), value);
                context.RequireWriter().SetProperty(node, key, value);
                return;
            case RelationshipEntity relationship:
                EnsureLive(context.Reader.IsDeleted(relationship), "relationship", relationship.Id);
                Count(context, context.Reader.PropertiesOf(relationship).ContainsKey(key), value);
                context.RequireWriter().SetProperty(relationship, key, value);
                return;
            default:
                throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
                    $"Type mismatch: expected a node or relationship to set a property on but was {CypherTypes.NameOf(target)}.");
        }
    }

    /// <summary>SET x = map (replace) or SET x += map (merge). A node or relationship as the source means its properties.</summary>
    public static void SetAllProperties(ExecutionContext context, object? target, object? source, bool merge)
    {
        if (target is null) return;
        var map = source switch
        {
            null => new Dictionary<string, object?>(),
            NodeEntity node => context.Reader.PropertiesOf(node),
            RelationshipEntity relationship => context.Reader.PropertiesOf(relationship),
            _ => CypherTypes.AsMap(source) ?? throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
                $"Expected a map to set properties from but got {CypherTypes.NameOf(source)}."),
        };
        var entries = map.ToList(); // the source may be the target itself
        var current = target switch
        {
            NodeEntity node => context.Reader.PropertiesOf(node),
            RelationshipEntity relationship => context.Reader.PropertiesOf(relationship),
            _ => throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime,
                $"Expected a node or relationship to set properties on but got {CypherTypes.NameOf(target)}."),
        };
        if (!merge)
            foreach (var key in current.Keys.ToList())
                if (!map.TryGetValue(key, out var replacement) || replacement is null)
                    SetProperty(context, target, key, null);
        foreach (var (key, value) in entries) SetProperty(context, target, key, value);
    }

    public static void AddLabels(ExecutionContext context, object? target, string[] labels)
    {
        if (target is null) return;
        var node = AsNode(target, "set labels on");
        foreach (var label in labels)
            if (context.RequireWriter().AddLabel(node, label)) context.Statistics.LabelsAdded++;
    }

    public static void RemoveLabels(ExecutionContext context, object? target, string[] labels)
    {
        if (target is null) return;
        var node = AsNode(target, "remove labels from");
        foreach (var label in labels)
            if (context.RequireWriter().RemoveLabel(node, label)) context.Statistics.LabelsRemoved++;
    }

    public static void DeleteRelationship(ExecutionContext context, RelationshipEntity relationship)
    {
        if (context.Reader.IsDeleted(relationship)) return;
        context.Memory.Charge(TransactionStateBytes);
        context.RequireWriter().DeleteRelationship(relationship);
        context.Statistics.RelationshipsDeleted++;
    }

    public static void DeleteNode(ExecutionContext context, NodeEntity node, bool detach)
    {
        if (context.Reader.IsDeleted(node)) return;
        var writer = context.RequireWriter();
        if (detach)
            foreach (var relationship in writer.Relationships(node, Direction.Both).ToList())
                DeleteRelationship(context, relationship);
        context.Memory.Charge(TransactionStateBytes);
        writer.DeleteNode(node);
        context.Statistics.NodesDeleted++;
    }

    private static long SizeOf(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        long bytes = 0;
        for (var i = 0; i < properties.Count; i++) bytes += 32 + ValueSize.Of(properties[i].Value);
        return bytes;
    }

    /// <summary>An estimate of one created or deleted entity's share of the transaction state.</summary>
    private const int TransactionStateBytes = 200;

    private static void Count(ExecutionContext context, bool existed, object? value)
    {
        context.Memory.Charge(64 + ValueSize.Of(value));
        if (existed) context.Statistics.PropertiesRemoved++;
        if (value is not null) context.Statistics.PropertiesSet++;
    }

    private static void EnsureLive(bool deleted, string kind, long id)
    {
        if (deleted)
            throw new CypherException("EntityNotFound", "DeletedEntityAccess", ErrorPhase.Runtime, $"The {kind} with id {id} has been deleted in this transaction.");
    }

    private static NodeEntity AsNode(object target, string action) => target as NodeEntity
        ?? throw new CypherException("TypeError", "InvalidArgumentType", ErrorPhase.Runtime, $"Cannot {action} a {CypherTypes.NameOf(target)}.");
}
