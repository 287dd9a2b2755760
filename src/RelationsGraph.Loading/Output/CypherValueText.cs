using System.Collections;
using System.Globalization;
using System.Text;
using RelationsGraph.Cypher;
using CypherPath = RelationsGraph.Cypher.Path;

namespace RelationsGraph.Loading.Output;

/// <summary>
/// One-line, Cypher-literal-like text of a result value for tables and CSV: (:Person {name: 'Lee'}),
/// [:ATTENDED {role: 'host'}], lists and maps as literals. A top-level string is shown bare.
/// </summary>
public static class CypherValueText
{
    public static string Format(object? value) => value is string s ? s : Literal(value);

    public static string Literal(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case double d: text.Append(FormatDouble(d)); break;
            case IFormattable number and (long or int): text.Append(number.ToString(null, CultureInfo.InvariantCulture)); break;
            case string s: text.Append('\'').Append(s.Replace("\\", "\\\\").Replace("'", "\\'")).Append('\''); break;
            case Node node:
                text.Append('(');
                foreach (var label in node.Labels) text.Append(':').Append(label);
                AppendProperties(text, node.Properties);
                text.Append(')');
                break;
            case Relationship relationship:
                text.Append("[:").Append(relationship.Type);
                AppendProperties(text, relationship.Properties);
                text.Append(']');
                break;
            case CypherPath path:
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    if (i > 0)
                    {
                        var relationship = path.Relationships[i - 1];
                        var forward = relationship.StartElementId == path.Nodes[i - 1].ElementId;
                        text.Append(forward ? "-" : "<-");
                        Append(text, relationship);
                        text.Append(forward ? "->" : "-");
                    }
                    Append(text, path.Nodes[i]);
                }
                break;
            case IReadOnlyDictionary<string, object?> map:
                text.Append('{');
                AppendEntries(text, map);
                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first) text.Append(", ");
                    Append(text, item);
                    first = false;
                }
                text.Append(']');
                break;
            default: text.Append(value); break;
        }
    }

    public static string FormatDouble(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ when d == Math.Floor(d) && Math.Abs(d) < 1e16 => d.ToString("0.0", CultureInfo.InvariantCulture),
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void AppendProperties(StringBuilder text, IReadOnlyDictionary<string, object?> properties)
    {
        if (properties.Count == 0) return;
        text.Append(" {");
        AppendEntries(text, properties);
        text.Append('}');
    }

    private static void AppendEntries(StringBuilder text, IReadOnlyDictionary<string, object?> map)
    {
        var first = true;
        foreach (var (key, item) in map)
        {
            if (!first) text.Append(", ");
            text.Append(key).Append(": ");
            Append(text, item);
            first = false;
        }
    }
}
