using RelationsGraph.Cypher.Execution.Operators;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

internal sealed partial class MatchPlanner
{
    /// <summary>
    /// A label scan whose WHERE compares the scanned node's properties with literals or parameters
    /// (n.score &gt;= $low AND n.score &lt; $high, 5 = n.rank) takes those conjuncts into the scan
    /// (NodeColumnFilterOperator), which reads them as columns of the snapshot; null when there are none.
    /// </summary>
    private Operator? PlanColumnFilter(Operator plan, BoundNode node, string label, EntityConstraint constraint, ChainState state)
    {
        var name = node.Pattern.Variable;
        if (name is null) return null;
        var taken = new List<Expression>();
        var comparisons = new List<ColumnComparison>();
        foreach (var conjunct in state.Conjuncts)
        {
            if (ColumnComparisonOf(conjunct, name) is not var (key, comparison, bound)) continue;
            taken.Add(conjunct);
            comparisons.Add(new ColumnComparison(key, comparison, planning.Expressions.Compile(bound, state.Scope)));
        }
        if (comparisons.Count == 0) return null;
        foreach (var conjunct in taken) state.Conjuncts.Remove(conjunct);
        var described = PlanDetails.Node(node.Name, node.Pattern.Labels) + (node.Pattern.Properties is null ? "" : " " + planning.TextOf(node.Pattern.Properties));
        return new NodeColumnFilterOperator(plan, node.Slot, label, constraint, comparisons.ToArray())
        {
            Details = $"{described} WHERE {string.Join(" AND ", taken.Select(planning.TextOf))}",
        };
    }

    /// <summary>n.key OP bound or bound OP n.key, with the bound a literal or parameter, turned so that n is on the left.</summary>
    public static (string Key, BinaryComparison Comparison, Expression Bound)? ColumnComparisonOf(Expression conjunct, string name)
    {
        if (conjunct is not Binary binary || Comparison(binary.Operator) is not { } comparison) return null;
        if (IsPropertyOf(binary.Left, name, out var key) && IsConstant(binary.Right)) return (key, comparison, binary.Right);
        if (IsPropertyOf(binary.Right, name, out key) && IsConstant(binary.Left)) return (key, Mirror(comparison), binary.Left);
        return null;
    }

    private static bool IsPropertyOf(Expression expression, string name, out string key)
    {
        key = expression is PropertyAccess { Target: Variable target, Key: var k } && target.Name == name ? k : "";
        return key.Length > 0;
    }

    private static bool IsConstant(Expression expression) => expression is Parameter or Literal { Value: long or double or string or bool };

    private static BinaryComparison? Comparison(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => BinaryComparison.Equal,
        BinaryOperator.LessThan => BinaryComparison.LessThan,
        BinaryOperator.LessThanOrEqual => BinaryComparison.LessThanOrEqual,
        BinaryOperator.GreaterThan => BinaryComparison.GreaterThan,
        BinaryOperator.GreaterThanOrEqual => BinaryComparison.GreaterThanOrEqual,
        _ => null,
    };

    private static BinaryComparison Mirror(BinaryComparison comparison) => comparison switch
    {
        BinaryComparison.LessThan => BinaryComparison.GreaterThan,
        BinaryComparison.LessThanOrEqual => BinaryComparison.GreaterThanOrEqual,
        BinaryComparison.GreaterThan => BinaryComparison.LessThan,
        BinaryComparison.GreaterThanOrEqual => BinaryComparison.LessThanOrEqual,
        _ => comparison,
    };
}
