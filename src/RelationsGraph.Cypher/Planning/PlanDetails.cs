using RelationsGraph.Cypher.Storage;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>The Details column of EXPLAIN in Neo4j's notation: (a)-[r:T]->(b), p:Person, anon_3 for unnamed pattern parts.</summary>
internal static class PlanDetails
{
    /// <summary>A user's variable as is; a hidden one (an anonymous pattern node or relationship) as anon_N.</summary>
    public static string Variable(string name)
    {
        if (!Scope.IsHidden(name)) return name;
        var digits = new string(name.Where(char.IsDigit).ToArray());
        return "anon_" + digits;
    }

    public static string Node(string name, IReadOnlyList<string> labels) =>
        Variable(name) + string.Concat(labels.Select(label => ":" + label));

    /// <summary>The hop as Neo4j writes it; the far node's labels are shown when the expand checks them.</summary>
    public static string Expand(string from, string relationship, string to, Direction direction, string[]? types, VariableLength? length,
        IReadOnlyList<string>? toLabels = null)
    {
        var type = types is { Length: > 0 } ? ":" + string.Join("|", types) : "";
        var hops = length is null ? "" : $"*{length.Min?.ToString() ?? ""}..{length.Max?.ToString() ?? ""}";
        var middle = $"[{Variable(relationship)}{type}{hops}]";
        var end = Node(to, toLabels ?? []);
        return direction switch
        {
            Direction.Outgoing => $"({Variable(from)})-{middle}->({end})",
            Direction.Incoming => $"({Variable(from)})<-{middle}-({end})",
            _ => $"({Variable(from)})-{middle}-({end})",
        };
    }
}
