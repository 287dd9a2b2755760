using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// `db.schema.visualization()` as Neo4j answers it: one virtual node per label (its `name` the label)
/// and one virtual relationship per (start label, type, end label) that occurs, so a console can draw
/// the shape of the graph. The virtual entities live outside the store (negative ids) and are never written.
/// </summary>
internal static class SchemaVisualization
{
    public static object?[] Build(IGraphReader reader)
    {
        var nodes = new Dictionary<string, NodeEntity>(StringComparer.Ordinal);
        NodeEntity NodeFor(string label)
        {
            if (nodes.TryGetValue(label, out var node)) return node;
            return nodes[label] = VirtualEntities.Node(-1 - nodes.Count, label,
                [new("name", label), new("indexes", new List<object?>()), new("constraints", new List<object?>())]);
        }

        foreach (var label in reader.AllNodes().SelectMany(reader.LabelsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            NodeFor(label);

        var relationships = new Dictionary<(string, string, string), RelationshipEntity>();
        foreach (var relationship in reader.AllRelationships())
            foreach (var startLabel in reader.LabelsOf(reader.StartOf(relationship)))
                foreach (var endLabel in reader.LabelsOf(reader.EndOf(relationship)))
                {
                    var key = (startLabel, relationship.Type, endLabel);
                    if (!relationships.ContainsKey(key))
                        relationships[key] = VirtualEntities.Relationship(-1 - relationships.Count, relationship.Type, NodeFor(startLabel), NodeFor(endLabel));
                }

        return [nodes.Values.Cast<object?>().ToList(), relationships.Values.Cast<object?>().ToList()];
    }
}
