using System.Collections;
using System.Globalization;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Tck.Values;

/// <summary>
/// Writes engine results and expected values in the TCK's notation, for failure messages and for
/// value identity in the side-effect snapshot.
/// </summary>
public static class TckValueFormatter
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long or int or short or sbyte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => FormatFloat(d),
        float f => FormatFloat(f),
        string s => Quote(s),
        TemporalValue t => Quote(t.ToString() ?? ""),
        Node n => FormatNode(n.Labels, n.Properties),
        Relationship r => FormatRelationship(r.Type, r.Properties),
        Cypher.Path p => FormatPath(p),
        ExpectedNode n => FormatNode(n.Labels, n.Properties),
        ExpectedRelationship r => FormatRelationship(r.Type, r.Properties),
        ExpectedPath p => FormatPath(p),
        IReadOnlyDictionary<string, object?> map => FormatMap(map),
        IDictionary map => FormatMap(map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k])),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => $"<{value.GetType().Name}: {value}>",
    };

    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Inf";
        if (double.IsNegativeInfinity(d)) return "-Inf";
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    private static string FormatMap(IReadOnlyDictionary<string, object?> map)
        => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {Format(e.Value)}")) + "}";

    private static string FormatNode(IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties)
        => "(" + string.Concat(labels.Order(StringComparer.Ordinal).Select(l => ":" + l)) + PropertiesSuffix(properties, labels.Any()) + ")";

    private static string FormatRelationship(string type, IReadOnlyDictionary<string, object?> properties)
        => "[:" + type + PropertiesSuffix(properties, true) + "]";

    private static string PropertiesSuffix(IReadOnlyDictionary<string, object?> properties, bool separate)
        => properties.Count == 0 ? "" : (separate ? " " : "") + FormatMap(properties);

    private static string FormatPath(Cypher.Path path)
    {
        var text = new System.Text.StringBuilder("<").Append(Format(path.Nodes[0]));
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = relationship.StartElementId == path.Nodes[i].ElementId;
            text.Append(forward ? "-" : "<-").Append(Format(relationship)).Append(forward ? "->" : "-");
            if (i + 1 < path.Nodes.Count) text.Append(Format(path.Nodes[i + 1]));
        }
        return text.Append('>').ToString();
    }

    private static string FormatPath(ExpectedPath path)
    {
        var text = new System.Text.StringBuilder("<").Append(Format(path.Start));
        foreach (var hop in path.Hops)
            text.Append(hop.Forward ? "-" : "<-").Append(Format(hop.Relationship)).Append(hop.Forward ? "->" : "-").Append(Format(hop.Node));
        return text.Append('>').ToString();
    }
}
