using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>
/// Whether two expressions are written the same, ignoring positions; used to recognise an
/// ORDER BY or aggregate operand as one of the projected expressions. Unusual node kinds compare unequal.
/// </summary>
internal static class SyntaxEquivalence
{
    public static bool Equivalent(Expression? a, Expression? b) => (a, b) switch
    {
        (null, null) => true,
        (Literal x, Literal y) => Equals(x.Value, y.Value),
        (Parameter x, Parameter y) => x.Name == y.Name,
        (Variable x, Variable y) => x.Name == y.Name,
        (PropertyAccess x, PropertyAccess y) => x.Key == y.Key && Equivalent(x.Target, y.Target),
        (Subscript x, Subscript y) => Equivalent(x.Target, y.Target) && Equivalent(x.Index, y.Index),
        (Slice x, Slice y) => Equivalent(x.Target, y.Target) && Equivalent(x.From, y.From) && Equivalent(x.To, y.To),
        (Unary x, Unary y) => x.Operator == y.Operator && Equivalent(x.Operand, y.Operand),
        (Binary x, Binary y) => x.Operator == y.Operator && Equivalent(x.Left, y.Left) && Equivalent(x.Right, y.Right),
        (IsNull x, IsNull y) => x.Negated == y.Negated && Equivalent(x.Operand, y.Operand),
        (LabelCheck x, LabelCheck y) => x.Labels.SequenceEqual(y.Labels) && Equivalent(x.Target, y.Target),
        (FunctionCall x, FunctionCall y) => string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase)
            && x.Distinct == y.Distinct && AllEquivalent(x.Arguments, y.Arguments),
        (CountStar, CountStar) => true,
        (ListLiteral x, ListLiteral y) => AllEquivalent(x.Items, y.Items),
        (MapLiteral x, MapLiteral y) => x.Entries.Count == y.Entries.Count
            && x.Entries.Zip(y.Entries).All(p => p.First.Key == p.Second.Key && Equivalent(p.First.Value, p.Second.Value)),
        _ => false,
    };

    private static bool AllEquivalent(IReadOnlyList<Expression> a, IReadOnlyList<Expression> b) =>
        a.Count == b.Count && a.Zip(b).All(p => Equivalent(p.First, p.Second));
}
