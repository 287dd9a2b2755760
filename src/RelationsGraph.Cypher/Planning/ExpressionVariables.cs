using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// The variable names an expression mentions (including inside patterns and comprehensions).
/// Over-approximate on purpose: the planner only uses it to decide how early a predicate can run,
/// or whether a value can be computed before a variable is bound.
/// </summary>
internal static class ExpressionVariables
{
    public static HashSet<string> Of(Expression expression)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Visit(expression, names);
        return names;
    }

    /// <summary>Whether every mentioned variable that the scope knows is in bound (unknown names are local to the expression).</summary>
    public static bool AllBound(Expression expression, Scope scope, ISet<int> bound)
    {
        foreach (var name in Of(expression))
            if (scope.TryGet(name, out var slot) && !bound.Contains(slot)) return false;
        return true;
    }

    private static void Visit(Expression? expression, HashSet<string> names)
    {
        switch (expression)
        {
            case null or Literal or Parameter or CountStar: return;
            case Variable variable: names.Add(variable.Name); return;
            case ListLiteral list: foreach (var item in list.Items) Visit(item, names); return;
            case MapLiteral map: foreach (var entry in map.Entries) Visit(entry.Value, names); return;
            case PropertyAccess access: Visit(access.Target, names); return;
            case Subscript subscript: Visit(subscript.Target, names); Visit(subscript.Index, names); return;
            case Slice slice: Visit(slice.Target, names); Visit(slice.From, names); Visit(slice.To, names); return;
            case Unary unary: Visit(unary.Operand, names); return;
            case Binary binary: Visit(binary.Left, names); Visit(binary.Right, names); return;
            case IsNull isNull: Visit(isNull.Operand, names); return;
            case LabelCheck check: Visit(check.Target, names); return;
            case FunctionCall call: foreach (var argument in call.Arguments) Visit(argument, names); return;
            case Case @case:
                Visit(@case.Subject, names);
                foreach (var alternative in @case.Alternatives) { Visit(alternative.When, names); Visit(alternative.Then, names); }
                Visit(@case.Else, names);
                return;
            case ListComprehension comprehension: Visit(comprehension.Source, names); Visit(comprehension.Where, names); Visit(comprehension.Projection, names); return;
            case Quantifier quantifier: Visit(quantifier.Source, names); Visit(quantifier.Where, names); return;
            case Reduce reduce: Visit(reduce.Initial, names); Visit(reduce.Source, names); Visit(reduce.Expression, names); return;
            case PatternComprehension comprehension: VisitElement(comprehension.Pattern, names); Visit(comprehension.Where, names); Visit(comprehension.Projection, names); return;
            case PatternPredicate predicate: VisitElement(predicate.Pattern, names); return;
            case ShortestPathExpression shortest: VisitElement(shortest.Part.Element, names); return;
            case ExistsSubquery exists:
                if (exists.Pattern is not null) foreach (var part in exists.Pattern.Parts) VisitElement(part.Element, names);
                Visit(exists.Where, names);
                if (exists.Query is not null) VisitQuery(exists.Query, names);
                return;
            case CountSubquery count:
                if (count.Pattern is not null) foreach (var part in count.Pattern.Parts) VisitElement(part.Element, names);
                Visit(count.Where, names);
                if (count.Query is not null) VisitQuery(count.Query, names);
                return;
            case CollectSubquery collect: VisitQuery(collect.Query, names); return;
            case MapProjection projection:
                names.Add(projection.Variable);
                foreach (var item in projection.Items)
                {
                    if (item is LiteralEntry entry) Visit(entry.Value, names);
                    else if (item is VariableSelector selector) names.Add(selector.Variable);
                }
                return;
        }
    }

    private static void VisitElement(PatternElement element, HashSet<string> names)
    {
        foreach (var node in element.Nodes)
        {
            if (node.Variable is not null) names.Add(node.Variable);
            Visit(node.Properties, names);
            Visit(node.Where, names);
        }
        foreach (var relationship in element.Relationships)
        {
            if (relationship.Variable is not null) names.Add(relationship.Variable);
            Visit(relationship.Properties, names);
            Visit(relationship.Where, names);
        }
    }

    // A correlated subquery may mention any outer variable; listing the pattern and WHERE names is enough for placement.
    private static void VisitQuery(SingleQuery query, HashSet<string> names)
    {
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case MatchClause match:
                    foreach (var part in match.Pattern.Parts) VisitElement(part.Element, names);
                    Visit(match.Where, names);
                    break;
                case WithClause with:
                    foreach (var item in with.Body.Items) Visit(item.Expression, names);
                    Visit(with.Where, names);
                    break;
                case ReturnClause @return:
                    foreach (var item in @return.Body.Items) Visit(item.Expression, names);
                    break;
                case UnwindClause unwind: Visit(unwind.Source, names); break;
            }
        }
    }
}
