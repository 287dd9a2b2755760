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
            node = new NodeEntity(-1 - nodes.Count);
            node.LabelSet.Add(label);
            node.PropertyMap["name"] = label;
            node.PropertyMap["indexes"] = new List<object?>();
            node.PropertyMap["constraints"] = new List<object?>();
            return nodes[label] = node;
        }

        foreach (var label in reader.AllNodes().SelectMany(n => n.Labels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            NodeFor(label);

        var relationships = new Dictionary<(string, string, string), RelationshipEntity>();
        foreach (var relationship in reader.AllRelationships())
            foreach (var startLabel in relationship.Start.Labels)
                foreach (var endLabel in relationship.End.Labels)
                {
                    var key = (startLabel, relationship.Type, endLabel);
                    if (!relationships.ContainsKey(key))
                        relationships[key] = new RelationshipEntity(-1 - relationships.Count, relationship.Type, NodeFor(startLabel), NodeFor(endLabel));
                }

        return [nodes.Values.Cast<object?>().ToList(), relationships.Values.Cast<object?>().ToList()];
    }
}
