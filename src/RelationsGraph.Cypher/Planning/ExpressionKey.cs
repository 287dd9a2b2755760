using System.Text;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// A canonical text for an expression, ignoring source positions, so that "ORDER BY a.name" after
/// "RETURN a.name, count(*)" can be recognised as the projected a.name.
/// </summary>
internal static class ExpressionKey
{
    public static string Of(Expression expression)
    {
        var text = new StringBuilder();
        Append(text, expression);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Expression? expression)
    {
        switch (expression)
        {
            case null: text.Append('_'); break;
            case Literal literal: text.Append("lit(").Append(literal.Value?.GetType().Name).Append(':').Append(literal.Value).Append(')'); break;
            case ListLiteral list: text.Append('['); foreach (var item in list.Items) { Append(text, item); text.Append(','); } text.Append(']'); break;
            case MapLiteral map: text.Append('{'); foreach (var (key, value) in map.Entries) { text.Append(key).Append(':'); Append(text, value); text.Append(','); } text.Append('}'); break;
            case Parameter parameter: text.Append('$').Append(parameter.Name); break;
            case Variable variable: text.Append("v(").Append(variable.Name).Append(')'); break;
            case PropertyAccess access: Append(text, access.Target); text.Append('.').Append(access.Key); break;
            case Subscript subscript: Append(text, subscript.Target); text.Append('['); Append(text, subscript.Index); text.Append(']'); break;
            case Slice slice: Append(text, slice.Target); text.Append('['); Append(text, slice.From); text.Append(".."); Append(text, slice.To); text.Append(']'); break;
            case Unary unary: text.Append(unary.Operator).Append('('); Append(text, unary.Operand); text.Append(')'); break;
            case Binary binary: text.Append(binary.Operator).Append('('); Append(text, binary.Left); text.Append(','); Append(text, binary.Right); text.Append(')'); break;
            case IsNull isNull: text.Append(isNull.Negated ? "notnull(" : "isnull("); Append(text, isNull.Operand); text.Append(')'); break;
            case LabelCheck check: Append(text, check.Target); foreach (var label in check.Labels) text.Append(':').Append(label); break;
            case FunctionCall call:
                text.Append(call.Name.ToLowerInvariant()).Append(call.Distinct ? "(distinct " : "(");
                foreach (var argument in call.Arguments) { Append(text, argument); text.Append(','); }
                text.Append(')');
                break;
            case CountStar: text.Append("count(*)"); break;
            case Case @case:
                text.Append("case("); Append(text, @case.Subject);
                foreach (var alternative in @case.Alternatives) { text.Append(" when "); Append(text, alternative.When); text.Append(" then "); Append(text, alternative.Then); }
                text.Append(" else "); Append(text, @case.Else); text.Append(')');
                break;
            default:
                // Comprehensions, subqueries and the like are never matched against projections: make them unique.
                text.Append(expression.GetType().Name).Append('@').Append(expression.Span.Offset).Append(':').Append(expression.Span.Length);
                break;
        }
    }
}
