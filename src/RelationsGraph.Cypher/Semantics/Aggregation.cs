using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>Aggregate functions and the "implicit grouping key" rule of projections.</summary>
internal static class Aggregation
{
    private static readonly HashSet<string> AggregateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "sum", "avg", "min", "max", "collect", "stDev", "stDevP", "percentileCont", "percentileDisc",
    };

    public static bool IsAggregateName(string name) => AggregateNames.Contains(name);

    public static bool IsAggregate(Expression expression) =>
        expression is CountStar || (expression is FunctionCall call && IsAggregateName(call.Name));

    public static bool ContainsAggregate(Expression expression) =>
        ExpressionTree.SelfAndDescendants(expression).Any(IsAggregate);

    /// <summary>
    /// The variables and property lookups of an expression that stand outside every aggregate call,
    /// e.g. me.age in "me.age + count(you)". In an aggregating projection each must be a grouping key.
    /// Variables introduced by comprehensions inside the expression are not counted.
    /// </summary>
    public static List<Expression> GroupingLeaves(Expression expression)
    {
        var leaves = new List<Expression>();
        Collect(expression, new HashSet<string>(StringComparer.Ordinal), leaves);
        return leaves;
    }

    private static void Collect(Expression expression, HashSet<string> locals, List<Expression> leaves)
    {
        if (IsAggregate(expression)) return;
        if (RootVariable(expression) is { } root)
        {
            if (!locals.Contains(root.Name)) leaves.Add(expression);
            return;
        }
        var introduced = expression switch
        {
            ListComprehension c => [c.Variable],
            Quantifier q => [q.Variable],
            Reduce r => [r.Accumulator, r.Variable],
            _ => Array.Empty<string>(),
        };
        var inner = introduced.Length == 0 ? locals : new HashSet<string>(locals.Concat(introduced), StringComparer.Ordinal);
        foreach (var child in ExpressionTree.Children(expression)) Collect(child, inner, leaves);
    }

    /// <summary>v or v.a.b as written, for messages about grouping leaves.</summary>
    public static string Describe(Expression leaf) => leaf switch
    {
        Variable variable => variable.Name,
        PropertyAccess access => $"{Describe(access.Target)}.{access.Key}",
        _ => "?",
    };

    /// <summary>The variable at the root of v or v.a.b; null for anything else.</summary>
    public static Variable? RootVariable(Expression expression) => expression switch
    {
        Variable variable => variable,
        PropertyAccess access => RootVariable(access.Target),
        _ => null,
    };
}
