using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Semantics;

/// <summary>Generic navigation over expressions, for the rules that only look for a shape.</summary>
internal static class ExpressionTree
{
    /// <summary>The direct sub-expressions, including property maps inside patterns (but not the clauses of a subquery).</summary>
    public static IEnumerable<Expression> Children(Expression expression)
    {
        switch (expression)
        {
            case ListLiteral list: return list.Items;
            case MapLiteral map: return map.Entries.Select(entry => entry.Value);
            case PropertyAccess access: return [access.Target];
            case Subscript subscript: return [subscript.Target, subscript.Index];
            case Slice slice: return Present(slice.Target, slice.From, slice.To);
            case Unary unary: return [unary.Operand];
            case Binary binary: return [binary.Left, binary.Right];
            case IsNull isNull: return [isNull.Operand];
            case LabelCheck check: return [check.Target];
            case FunctionCall call: return call.Arguments;
            case Case @case:
                return Present(@case.Subject).Concat(@case.Alternatives.SelectMany(a => new[] { a.When, a.Then })).Concat(Present(@case.Else));
            case ListComprehension comprehension: return Present(comprehension.Source, comprehension.Where, comprehension.Projection);
            case Quantifier quantifier: return Present(quantifier.Source, quantifier.Where);
            case Reduce reduce: return [reduce.Initial, reduce.Source, reduce.Expression];
            case PatternComprehension comprehension:
                return PatternProperties(comprehension.Pattern).Concat(Present(comprehension.Where, comprehension.Projection));
            case PatternPredicate predicate: return PatternProperties(predicate.Pattern);
            case ShortestPathExpression shortest: return PatternProperties(shortest.Part.Element);
            case ExistsSubquery exists:
                return (exists.Pattern?.Parts.SelectMany(p => PatternProperties(p.Element)) ?? []).Concat(Present(exists.Where));
            case CountSubquery count:
                return (count.Pattern?.Parts.SelectMany(p => PatternProperties(p.Element)) ?? []).Concat(Present(count.Where));
            case MapProjection projection:
                return projection.Items.OfType<LiteralEntry>().Select(entry => entry.Value);
            default: return [];
        }
    }

    public static IEnumerable<Expression> PatternProperties(PatternElement element) =>
        Present(element.Nodes.Select(n => n.Properties).Concat(element.Relationships.Select(r => r.Properties)).ToArray());

    /// <summary>The expression and all its descendants, depth first.</summary>
    public static IEnumerable<Expression> SelfAndDescendants(Expression expression)
    {
        yield return expression;
        foreach (var child in Children(expression))
            foreach (var descendant in SelfAndDescendants(child))
                yield return descendant;
    }

    private static IEnumerable<Expression> Present(params Expression?[] expressions) =>
        expressions.Where(e => e is not null).Select(e => e!);
}
