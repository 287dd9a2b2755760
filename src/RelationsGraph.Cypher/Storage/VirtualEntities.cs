namespace RelationsGraph.Cypher.Storage;

/// <summary>
/// Entities that live outside the store (negative ids, never written), as db.schema.visualization() answers with:
/// made here so that only Storage fills an entity's record. Each has one committed version, so every reader
/// answers for it as for a stored entity that never changed.
/// </summary>
internal static class VirtualEntities
{
    public static NodeEntity Node(long id, string label, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var node = new NodeEntity(id);
        node.LabelSet.Add(label);
        foreach (var (key, value) in properties) node.PropertyMap[key] = value;
        return node;
    }

    public static RelationshipEntity Relationship(long id, string type, NodeEntity start, NodeEntity end) => new(id, RelationshipTypeNumbers.NumberOf(type), start, end);
}
