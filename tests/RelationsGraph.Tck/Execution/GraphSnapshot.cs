using RelationsGraph.Cypher;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Execution;

/// <summary>
/// What the TCK's side-effect metrics observe (README.adoc, "Observability of side effects"): the nodes, the
/// relationships, the (entity, key, value) property triples and the distinct labels present in the graph.
/// Side effects are the differences between a snapshot taken before and one taken after the query.
/// </summary>
public sealed class GraphSnapshot
{
    private GraphSnapshot(HashSet<string> nodes, HashSet<string> relationships, HashSet<string> properties, HashSet<string> labels)
    {
        Nodes = nodes; Relationships = relationships; Properties = properties; Labels = labels;
    }

    public IReadOnlySet<string> Nodes { get; }
    public IReadOnlySet<string> Relationships { get; }
    public IReadOnlySet<string> Properties { get; }
    public IReadOnlySet<string> Labels { get; }

    public static GraphSnapshot Take(Func<string, QueryResult> execute)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);

        foreach (var row in execute("MATCH (n) RETURN n").Rows)
        {
            var node = row[0] as Node ?? throw new InvalidOperationException($"MATCH (n) RETURN n gave {TckValueFormatter.Format(row[0])}, not a node");
            nodes.Add(node.ElementId);
            labels.UnionWith(node.Labels);
            AddProperties(properties, "node " + node.ElementId, node.Properties);
        }
        foreach (var row in execute("MATCH ()-[r]->() RETURN r").Rows)
        {
            var relationship = row[0] as Relationship ?? throw new InvalidOperationException($"MATCH ()-[r]->() RETURN r gave {TckValueFormatter.Format(row[0])}, not a relationship");
            relationships.Add(relationship.ElementId);
            AddProperties(properties, "relationship " + relationship.ElementId, relationship.Properties);
        }
        return new GraphSnapshot(nodes, relationships, properties, labels);
    }

    /// <summary>The side effects leading from before to after, keyed like the TCK's tables (+nodes, -labels, ...).</summary>
    public static IReadOnlyDictionary<string, int> Diff(GraphSnapshot before, GraphSnapshot after) => new Dictionary<string, int>
    {
        ["+nodes"] = after.Nodes.Count(n => !before.Nodes.Contains(n)),
        ["-nodes"] = before.Nodes.Count(n => !after.Nodes.Contains(n)),
        ["+relationships"] = after.Relationships.Count(r => !before.Relationships.Contains(r)),
        ["-relationships"] = before.Relationships.Count(r => !after.Relationships.Contains(r)),
        ["+properties"] = after.Properties.Count(p => !before.Properties.Contains(p)),
        ["-properties"] = before.Properties.Count(p => !after.Properties.Contains(p)),
        ["+labels"] = after.Labels.Count(l => !before.Labels.Contains(l)),
        ["-labels"] = before.Labels.Count(l => !after.Labels.Contains(l)),
    };

    private static void AddProperties(HashSet<string> properties, string owner, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (key, value) in values)
            if (value is not null)
                properties.Add($"{owner}\u0001{key}\u0001{TckValueFormatter.Format(value)}");
    }
}
